package org.amparo.store.reference;

import static org.amparo.store.jooq.Tables.AGENCY;
import static org.amparo.store.jooq.Tables.AGENCY_ADOPTION;
import static org.amparo.store.jooq.Tables.COMPLAINT_VENUE;
import static org.amparo.store.jooq.Tables.OFFICER;
import static org.amparo.store.jooq.Tables.POLICY_VERSION;
import static org.amparo.store.jooq.Tables.PROVISION;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.Certainty;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.DatePrecision;
import org.amparo.domain.Officer;
import org.amparo.domain.PolicyScope;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.store.jooq.tables.records.AgencyAdoptionRecord;
import org.amparo.store.jooq.tables.records.AgencyRecord;
import org.amparo.store.jooq.tables.records.ComplaintVenueRecord;
import org.amparo.store.jooq.tables.records.OfficerRecord;
import org.amparo.store.jooq.tables.records.ProvisionRecord;
import org.amparo.store.vault.Vault;
import org.jooq.DSLContext;

/**
 * Agencies, officers, FIPP versions, provisions, adoptions and complaint venues. Saving a shipped row marks
 * it as edited by the user, so no later update of the shipped data overwrites it.
 */
public final class ReferenceRepository {
    private final Vault vault;

    public ReferenceRepository(Vault vault) {
        this.vault = vault;
    }

    public List<Agency> agencies() {
        return vault.dsl().selectFrom(AGENCY).orderBy(AGENCY.NAME).fetch(ReferenceRepository::agency);
    }

    public Optional<Agency> agencyByName(String name) {
        return vault.dsl().selectFrom(AGENCY).where(AGENCY.NAME.eq(name)).fetchOptional(ReferenceRepository::agency);
    }

    public Agency saveAgency(Agency a) {
        return vault.write(dsl -> saveAgency(dsl, a));
    }

    /** Saves an agency inside the caller's transaction (bulk work such as an import). */
    public static Agency saveAgency(DSLContext dsl, Agency a) {
        AgencyRecord r = a.id() == null ? dsl.newRecord(AGENCY).setShipped(false)
                : dsl.fetchSingle(AGENCY, AGENCY.ID.eq(a.id()));
        r.setName(a.name().trim());
        r.setKind(a.kind() == null || a.kind().isBlank() ? "other" : a.kind());
        r.setParentId(a.parentId());
        r.setParentName(a.parentId() == null ? a.parentName() : null);
        r.setCountyOrArea(a.countyOrArea());
        r.setNotes(a.notes());
        r.setUserEdited(Boolean.TRUE.equals(r.getShipped()) || a.userEdited());
        r.store();
        return agency(r);
    }

    public List<Officer> officers() {
        return vault.dsl().selectFrom(OFFICER).orderBy(OFFICER.NAME, OFFICER.ID).fetch(ReferenceRepository::officer);
    }

    public List<Officer> officersOf(long agencyId) {
        return vault.dsl().selectFrom(OFFICER).where(OFFICER.AGENCY_ID.eq(agencyId)).orderBy(OFFICER.NAME)
                .fetch(ReferenceRepository::officer);
    }

    public Officer saveOfficer(Officer o) {
        return vault.write(dsl -> saveOfficer(dsl, o));
    }

    /** Saves an officer inside the caller's transaction. */
    public static Officer saveOfficer(DSLContext dsl, Officer o) {
        OfficerRecord r = o.id() == null ? dsl.newRecord(OFFICER) : dsl.fetchSingle(OFFICER, OFFICER.ID.eq(o.id()));
        r.setName(o.name().trim());
        r.setBadge(o.badge());
        r.setAgencyId(o.agencyId());
        r.setRankTitle(o.rank());
        r.setOtherNames(o.otherNames());
        r.setNotes(o.notes());
        r.store();
        return officer(r);
    }

    public List<PolicyVersion> policyVersions() {
        return vault.dsl().selectFrom(POLICY_VERSION)
                .orderBy(POLICY_VERSION.EFFECTIVE_FROM.asc().nullsLast(), POLICY_VERSION.POLICY_KEY)
                .fetch(r -> new PolicyVersion(r.getId(), r.getPolicyKey(), r.getName(),
                        PolicyScope.valueOf(r.getScope().toUpperCase(Locale.ROOT)), r.getEffectiveFrom(),
                        r.getEffectiveTo()));
    }

    public PolicyVersion savePolicyVersion(PolicyVersion p) {
        return vault.write(dsl -> savePolicyVersion(dsl, p));
    }

    /** Saves a policy version inside the caller's transaction. */
    public static PolicyVersion savePolicyVersion(DSLContext dsl, PolicyVersion p) {
        var r = p.id() <= 0 ? dsl.newRecord(POLICY_VERSION).setShipped(false)
                : dsl.fetchSingle(POLICY_VERSION, POLICY_VERSION.ID.eq(p.id()));
        r.setPolicyKey(p.key().trim());
        r.setName(p.name());
        r.setScope(p.scope().name().toLowerCase(Locale.ROOT));
        r.setEffectiveFrom(p.effectiveFrom());
        r.setEffectiveTo(p.effectiveTo());
        r.setUserEdited(Boolean.TRUE.equals(r.getShipped()));
        r.store();
        return new PolicyVersion(r.getId(), r.getPolicyKey(), r.getName(), p.scope(), r.getEffectiveFrom(),
                r.getEffectiveTo());
    }

    public List<Provision> provisions() {
        return vault.dsl().selectFrom(PROVISION).orderBy(PROVISION.POLICY_VERSION_ID, PROVISION.TOPIC)
                .fetch(ReferenceRepository::provision);
    }

    public Provision saveProvision(Provision p) {
        return vault.write(dsl -> saveProvision(dsl, p));
    }

    /** Saves a provision inside the caller's transaction. */
    public static Provision saveProvision(DSLContext dsl, Provision p) {
        ProvisionRecord r = p.id() == null ? dsl.newRecord(PROVISION).setShipped(false)
                : dsl.fetchSingle(PROVISION, PROVISION.ID.eq(p.id()));
        r.setPolicyVersionId(p.policyVersionId());
        r.setTopic(p.topic().trim());
        r.setSectionRef(p.sectionRef());
        r.setTitle(p.title().trim());
        r.setSummary(p.summary());
        r.setKind(p.kind());
        r.setUserEdited(Boolean.TRUE.equals(r.getShipped()) || p.userEdited());
        r.store();
        return provision(r);
    }

    /** Every agency's adoptions of (local) policy versions. */
    public List<AgencyAdoption> adoptions() {
        return vault.dsl().selectFrom(AGENCY_ADOPTION).orderBy(AGENCY_ADOPTION.AGENCY_ID)
                .fetch(ReferenceRepository::adoption);
    }

    public List<AgencyAdoption> adoptionsOf(long agencyId) {
        return vault.dsl().selectFrom(AGENCY_ADOPTION).where(AGENCY_ADOPTION.AGENCY_ID.eq(agencyId))
                .fetch(ReferenceRepository::adoption);
    }

    /** Records (or corrects) when an agency adopted a policy version; one row per agency and version. */
    public void saveAdoption(AgencyAdoption a, String source) {
        vault.write(dsl -> {
            saveAdoption(dsl, a, source);
            return null;
        });
    }

    /** Records an adoption inside the caller's transaction. */
    public static void saveAdoption(DSLContext dsl, AgencyAdoption a, String source) {
        AgencyAdoptionRecord r = dsl.fetchOptional(AGENCY_ADOPTION, AGENCY_ADOPTION.AGENCY_ID.eq(a.agencyId())
                        .and(AGENCY_ADOPTION.POLICY_VERSION_ID.eq(a.policyVersionId())))
                .orElseGet(() -> dsl.newRecord(AGENCY_ADOPTION));
        r.setAgencyId(a.agencyId());
        r.setPolicyVersionId(a.policyVersionId());
        ApproximateDate from = a.adoptedFrom();
        r.setFromEarliest(from == null ? null : from.earliest());
        r.setFromLatest(from == null ? null : from.latest());
        r.setFromPrecision(from == null ? null : from.precision().name());
        r.setAdoptedTo(a.adoptedTo());
        r.setCertainty(a.certainty().name().toLowerCase(Locale.ROOT));
        if (source != null) {
            r.setSource(source);
        }
        r.setUserEdited(Boolean.TRUE.equals(r.getShipped()));
        r.store();
    }

    /**
     * Removes an agency's adoption of a policy version in one transaction; false when there was none. A shipped
     * adoption stays deleted: the shipped data is written only when a vault is created.
     */
    public boolean deleteAdoption(long agencyId, long policyVersionId) {
        return vault.write(dsl -> dsl.deleteFrom(AGENCY_ADOPTION)
                .where(AGENCY_ADOPTION.AGENCY_ID.eq(agencyId).and(AGENCY_ADOPTION.POLICY_VERSION_ID.eq(policyVersionId)))
                .execute() > 0);
    }

    public String adoptionSource(long agencyId, long policyVersionId) {
        return vault.dsl().select(AGENCY_ADOPTION.SOURCE).from(AGENCY_ADOPTION)
                .where(AGENCY_ADOPTION.AGENCY_ID.eq(agencyId).and(AGENCY_ADOPTION.POLICY_VERSION_ID.eq(policyVersionId)))
                .fetchOptional(AGENCY_ADOPTION.SOURCE).orElse(null);
    }

    public List<ComplaintVenue> venues() {
        return vault.dsl().selectFrom(COMPLAINT_VENUE).orderBy(COMPLAINT_VENUE.ID).fetch(ReferenceRepository::venue);
    }

    public ComplaintVenue saveVenue(ComplaintVenue v) {
        return vault.write(dsl -> saveVenue(dsl, v));
    }

    /** Saves a complaint venue inside the caller's transaction. */
    public static ComplaintVenue saveVenue(DSLContext dsl, ComplaintVenue v) {
        ComplaintVenueRecord r = v.id() == null ? dsl.newRecord(COMPLAINT_VENUE).setShipped(false)
                : dsl.fetchSingle(COMPLAINT_VENUE, COMPLAINT_VENUE.ID.eq(v.id()));
        r.setName(v.name().trim());
        r.setKind(v.kind() == null || v.kind().isBlank() ? "other" : v.kind());
        r.setDeadlineRule(v.deadlineRule());
        r.setDeadlinePeriod(v.deadlinePeriod());
        r.setCountsFrom(v.countsFrom());
        r.setNotes(v.notes());
        r.setUserEdited(Boolean.TRUE.equals(r.getShipped()) || v.userEdited());
        r.store();
        return venue(r);
    }

    static ComplaintVenue venue(ComplaintVenueRecord r) {
        return new ComplaintVenue(r.getId(), r.getName(), r.getKind(), r.getDeadlineRule(), r.getDeadlinePeriod(),
                r.getCountsFrom(), r.getNotes(), r.getShipped(), r.getUserEdited());
    }

    static Agency agency(AgencyRecord r) {
        return new Agency(r.getId(), r.getName(), r.getKind(), r.getParentId(), r.getParentName(),
                r.getCountyOrArea(), r.getNotes(), r.getShipped(), r.getUserEdited());
    }

    static Officer officer(OfficerRecord r) {
        return new Officer(r.getId(), r.getName(), r.getBadge(), r.getAgencyId(), r.getRankTitle(),
                r.getOtherNames(), r.getNotes());
    }

    static Provision provision(ProvisionRecord r) {
        return new Provision(r.getId(), r.getPolicyVersionId(), r.getTopic(), r.getSectionRef(), r.getTitle(),
                r.getSummary(), r.getKind(), r.getShipped(), r.getUserEdited());
    }

    static AgencyAdoption adoption(AgencyAdoptionRecord r) {
        ApproximateDate from = r.getFromEarliest() == null ? null
                : ApproximateDate.of(r.getFromEarliest(), DatePrecision.valueOf(r.getFromPrecision()));
        return new AgencyAdoption(r.getAgencyId(), r.getPolicyVersionId(), from, r.getAdoptedTo(),
                Certainty.valueOf(r.getCertainty().toUpperCase(Locale.ROOT)));
    }
}
