package org.amparo.service.json;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.service.json.FileReference.FileAdoption;
import org.amparo.service.json.FileReference.FileAgency;
import org.amparo.service.json.FileReference.FileOfficer;
import org.amparo.service.json.FileReference.FilePolicy;
import org.amparo.service.json.FileReference.FileProvision;
import org.amparo.service.json.FileReference.FileVenue;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.transfer.ImportWriter;

/**
 * The file's reference rows against the vault's: which keys exist (in the file or the vault), whether the
 * rows point to keys that exist, and — once everything is checked — writing them: unknown rows are created,
 * known ones reused (their empty fields filled, see {@link ReferenceMerge}).
 */
final class ReferencePlan {
    private static final int MAX_PARENT_DEPTH = 1000;

    private final FileReference file;
    private final ReferenceRepository repo;
    private final Map<String, Agency> vaultAgencies = new HashMap<>();
    private final Map<Long, String> vaultAgencyNames = new HashMap<>();
    private final Map<String, Officer> vaultOfficers = new HashMap<>();
    private final Map<String, PolicyVersion> vaultPolicies = new HashMap<>();
    private final Map<String, Provision> vaultProvisions = new HashMap<>();
    private final Map<String, AgencyAdoption> vaultAdoptions = new HashMap<>();
    private final Map<String, ComplaintVenue> vaultVenues = new HashMap<>();
    private final Set<String> agencies = new HashSet<>();
    private final Set<String> officers = new HashSet<>();
    private final Set<String> policies = new HashSet<>();
    private final Set<String> provisions = new HashSet<>();
    private final Set<String> venues = new HashSet<>();

    ReferencePlan(FileReference file, ReferenceRepository repo) {
        this.file = file;
        this.repo = repo;
        Map<Long, String> policyKeys = new HashMap<>();
        for (Agency a : repo.agencies()) {
            vaultAgencies.put(a.name().trim(), a);
            vaultAgencyNames.put(a.id(), a.name().trim());
        }
        for (PolicyVersion p : repo.policyVersions()) {
            vaultPolicies.put(p.key().trim(), p);
            policyKeys.put(p.id(), p.key().trim());
        }
        for (Officer o : repo.officers()) {
            vaultOfficers.put(JsonFormat.officerKey(o.name(), o.badge(), vaultAgencyNames.get(o.agencyId())), o);
        }
        for (Provision p : repo.provisions()) {
            vaultProvisions.put(JsonFormat.provisionKey(policyKeys.get(p.policyVersionId()), p.topic().trim()), p);
        }
        for (AgencyAdoption a : repo.adoptions()) {
            vaultAdoptions.put(vaultAgencyNames.get(a.agencyId()) + "/" + policyKeys.get(a.policyVersionId()), a);
        }
        for (ComplaintVenue v : repo.venues()) {
            vaultVenues.put(v.name().trim(), v);
        }
        agencies.addAll(vaultAgencies.keySet());
        file.agencies().forEach(a -> agencies.add(a.name()));
        officers.addAll(vaultOfficers.keySet());
        file.officers().forEach(o -> officers.add(o.key()));
        policies.addAll(vaultPolicies.keySet());
        file.policies().forEach(p -> policies.add(p.key()));
        provisions.addAll(vaultProvisions.keySet());
        file.provisions().forEach(p -> provisions.add(p.key()));
        venues.addAll(vaultVenues.keySet());
        file.venues().forEach(v -> venues.add(v.name()));
    }

    /** Checks that every key a reference row points to exists in the file or the vault, and parents form no loop. */
    void check(List<TransferMessage> problems) {
        for (FileAgency a : file.agencies()) {
            if (a.parentAgency() != null && !agencies.contains(a.parentAgency().trim())) {
                problems.add(new TransferMessage(a.path() + ".parent_agency", "json.problem.unknownAgency",
                        a.parentAgency()));
            } else if (a.parentAgency() != null && inLoop(a.name())) {
                problems.add(new TransferMessage(a.path() + ".parent_agency", "json.problem.parentLoop"));
            }
        }
        for (FileOfficer o : file.officers()) {
            if (o.agency() != null && !agencies.contains(o.agency().trim())) {
                problems.add(new TransferMessage(o.path() + ".agency", "json.problem.unknownAgency", o.agency()));
            }
        }
        for (FileProvision p : file.provisions()) {
            if (!policies.contains(p.policy().trim())) {
                problems.add(new TransferMessage(p.path() + ".policy", "json.problem.unknownPolicy", p.policy()));
            }
        }
        for (FileAdoption a : file.adoptions()) {
            if (!agencies.contains(a.agency().trim())) {
                problems.add(new TransferMessage(a.path() + ".agency", "json.problem.unknownAgency", a.agency()));
            }
            if (!policies.contains(a.policy().trim())) {
                problems.add(new TransferMessage(a.path() + ".policy", "json.problem.unknownPolicy", a.policy()));
            }
        }
    }

    boolean knowsAgency(String name) {
        return agencies.contains(name.trim());
    }

    boolean knowsOfficer(String key) {
        return officers.contains(key);
    }

    boolean knowsProvision(String key) {
        return provisions.contains(key);
    }

    boolean knowsVenue(String name) {
        return venues.contains(name.trim());
    }

    /** Writes the reference rows (call only once everything is checked); notes what it did not take over. */
    ReferenceIds write(ImportWriter w, List<TransferMessage> notes) {
        ReferenceIds ids = new ReferenceIds();
        ReferenceMerge merge = new ReferenceMerge(notes);
        vaultAgencies.forEach((k, v) -> ids.agencies.put(k, v.id()));
        vaultPolicies.forEach((k, v) -> ids.policies.put(k, v.id()));
        vaultProvisions.forEach((k, v) -> ids.provisions.put(k, v.id()));
        vaultOfficers.forEach((k, v) -> ids.officers.put(k, v.id()));
        vaultVenues.forEach((k, v) -> ids.venues.put(k, v.id()));
        for (FilePolicy f : file.policies()) {
            PolicyVersion v = vaultPolicies.get(f.key());
            if (v == null) {
                ids.policies.put(f.key(), w.savePolicyVersion(f.row()).id());
                ids.newPolicies++;
            } else {
                save(ids, v, merge.policy(v, f), w::savePolicyVersion);
            }
        }
        writeAgencies(w, ids, merge);
        for (FileVenue f : file.venues()) {
            ComplaintVenue v = vaultVenues.get(f.name());
            if (v == null) {
                ComplaintVenue r = f.row();
                ids.venues.put(f.name(), w.saveVenue(new ComplaintVenue(null, r.name(), r.kind(), r.deadlineRule(),
                        r.deadlinePeriod(), r.countsFrom(), r.notes(), false, false)).id());
                ids.newVenues++;
            } else {
                save(ids, v, merge.venue(v, f), w::saveVenue);
            }
        }
        for (FileProvision f : file.provisions()) {
            Provision v = vaultProvisions.get(f.key());
            if (v == null) {
                Provision r = f.row();
                ids.provisions.put(f.key(), w.saveProvision(new Provision(null, ids.policies.get(f.policy().trim()),
                        r.topic(), r.sectionRef(), r.title(), r.summary(), r.kind(), false, false)).id());
                ids.newProvisions++;
            } else {
                save(ids, v, merge.provision(v, f), w::saveProvision);
            }
        }
        for (FileOfficer f : file.officers()) {
            Officer v = vaultOfficers.get(f.key());
            if (v == null) {
                Officer r = f.row();
                Long agency = f.agency() == null ? null : ids.agencies.get(f.agency().trim());
                ids.officers.put(f.key(), w.saveOfficer(new Officer(null, r.name(), r.badge(), agency, r.rank(),
                        r.otherNames(), r.notes())).id());
                ids.newOfficers++;
            } else {
                save(ids, v, merge.officer(v, f), w::saveOfficer);
            }
        }
        writeAdoptions(w, ids, merge);
        return ids;
    }

    private void writeAgencies(ImportWriter w, ReferenceIds ids, ReferenceMerge merge) {
        Map<String, Agency> stored = new HashMap<>(vaultAgencies);
        for (FileAgency f : file.agencies()) {
            if (!vaultAgencies.containsKey(f.name())) {
                Agency r = f.row();
                Agency saved = w.saveAgency(new Agency(null, r.name(), r.kind(), null, r.parentName(), r.countyOrArea(),
                        r.notes(), false, false));
                stored.put(f.name(), saved);
                ids.agencies.put(f.name(), saved.id());
                ids.newAgencies++;
            }
        }
        for (FileAgency f : file.agencies()) {
            Agency before = stored.get(f.name());
            boolean existing = vaultAgencies.containsKey(f.name());
            Agency a = existing ? merge.agency(before, f) : before;
            String vaultParent = before.parentId() != null ? nameOf(stored, before.parentId()) : before.parentName();
            Long parentId = f.parentAgency() == null ? null : ids.agencies.get(f.parentAgency().trim());
            if (existing && vaultParent != null) {
                merge.parent(f.path(), !f.row().shipped() || f.row().userEdited(), vaultParent,
                        f.parentAgency() != null ? f.parentAgency() : f.row().parentName());
            } else if (parentId != null) {
                a = new Agency(a.id(), a.name(), a.kind(), parentId, null, a.countyOrArea(), a.notes(), a.shipped(),
                        a.userEdited());
            } else if (existing && f.row().parentName() != null) {
                a = new Agency(a.id(), a.name(), a.kind(), null, f.row().parentName(), a.countyOrArea(), a.notes(),
                        a.shipped(), a.userEdited());
            }
            if (!a.equals(before)) {
                stored.put(f.name(), w.saveAgency(a));
                if (existing) {
                    ids.completed++;
                }
            }
        }
    }

    private void writeAdoptions(ImportWriter w, ReferenceIds ids, ReferenceMerge merge) {
        for (FileAdoption f : file.adoptions()) {
            AgencyAdoption v = vaultAdoptions.get(f.key());
            if (v == null) {
                AgencyAdoption r = f.row();
                w.saveAdoption(new AgencyAdoption(ids.agencies.get(f.agency().trim()), ids.policies.get(f.policy().trim()),
                        r.adoptedFrom(), r.adoptedTo(), r.certainty()), f.source());
                ids.newAdoptions++;
            } else {
                String vaultSource = repo.adoptionSource(v.agencyId(), v.policyVersionId());
                AgencyAdoption merged = merge.adoption(v, f);
                String source = merge.adoptionSource(vaultSource, f);
                if (!merged.equals(v) || (source != null && !source.equals(vaultSource))) {
                    w.saveAdoption(merged, source);
                    ids.completed++;
                }
            }
        }
    }

    /** True when following the parents (the vault's where it has one, else the file's) comes back to the agency. */
    private boolean inLoop(String name) {
        Map<String, String> fileParents = new HashMap<>();
        file.agencies().forEach(a -> fileParents.put(a.name(), a.parentAgency() == null ? null : a.parentAgency().trim()));
        String at = name;
        for (int i = 0; i < MAX_PARENT_DEPTH; i++) {
            Agency v = vaultAgencies.get(at);
            String parent = v != null && (v.parentId() != null || v.parentName() != null)
                    ? (v.parentId() == null ? null : vaultAgencyNames.get(v.parentId())) : fileParents.get(at);
            if (parent == null) {
                return false;
            }
            if (parent.equals(name)) {
                return true;
            }
            at = parent;
        }
        return true;
    }

    private static String nameOf(Map<String, Agency> stored, long id) {
        return stored.values().stream().filter(a -> a.id() == id).map(Agency::name).findFirst().orElse(null);
    }

    private interface Save<T> {
        T save(T row);
    }

    private static <T> void save(ReferenceIds ids, T vault, T merged, Save<T> save) {
        if (!merged.equals(vault)) {
            save.save(merged);
            ids.completed++;
        }
    }
}
