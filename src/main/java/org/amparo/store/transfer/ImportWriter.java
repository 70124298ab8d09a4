package org.amparo.store.transfer;

import static org.amparo.store.jooq.Tables.CASE_FILE;
import static org.amparo.store.jooq.Tables.PERSON;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.amparo.domain.Agency;
import org.amparo.domain.AgencyAdoption;
import org.amparo.domain.CaseRecord;
import org.amparo.domain.ComplaintVenue;
import org.amparo.domain.Officer;
import org.amparo.domain.Person;
import org.amparo.domain.PolicyVersion;
import org.amparo.domain.Provision;
import org.amparo.store.cases.CaseBatchWriter;
import org.amparo.store.jooq.tables.records.PersonRecord;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Writes imported content inside one transaction: reference rows, people and whole cases. Everything
 * written through one {@link #inOneTransaction} call is committed together, or not at all.
 */
public final class ImportWriter {
    private final DSLContext dsl;
    private final Clock clock;
    private final CaseBatchWriter cases;
    private final org.amparo.store.audit.AuditTrail audit;

    private ImportWriter(DSLContext dsl, Clock clock, org.amparo.store.audit.AuditTrail audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.cases = new CaseBatchWriter(dsl, clock);
        this.audit = audit;
    }

    /** Runs the work in one transaction; an exception from it rolls everything back. */
    public static <T> T inOneTransaction(Vault vault, Clock clock, Function<ImportWriter, T> work) {
        return vault.write(dsl -> work.apply(new ImportWriter(dsl, clock, new org.amparo.store.audit.AuditTrail(vault, clock))));
    }

    public Agency saveAgency(Agency a) {
        return ReferenceRepository.saveAgency(dsl, a);
    }

    public Officer saveOfficer(Officer o) {
        return ReferenceRepository.saveOfficer(dsl, o);
    }

    public PolicyVersion savePolicyVersion(PolicyVersion p) {
        return ReferenceRepository.savePolicyVersion(dsl, p);
    }

    public Provision saveProvision(Provision p) {
        return ReferenceRepository.saveProvision(dsl, p);
    }

    public void saveAdoption(AgencyAdoption a, String source) {
        ReferenceRepository.saveAdoption(dsl, a, source);
    }

    public ComplaintVenue saveVenue(ComplaintVenue v) {
        return ReferenceRepository.saveVenue(dsl, v);
    }

    /**
     * Saves a person. A new person (no id) keeps its pseudonym number when that number is free in this
     * vault, and gets the next free one otherwise; an existing person keeps theirs.
     */
    public Person savePerson(Person p) {
        PersonRecord r;
        if (p.id() == null) {
            r = dsl.newRecord(PERSON);
            boolean free = p.pseudonymNo() > 0 && !dsl.fetchExists(PERSON, PERSON.PSEUDONYM_NO.eq(p.pseudonymNo()));
            r.setPseudonymNo(free ? p.pseudonymNo() : nextPseudonym());
        } else {
            r = dsl.fetchSingle(PERSON, PERSON.ID.eq(p.id()));
        }
        r.setName(p.name().trim());
        r.setOtherNames(p.otherNames());
        r.setPreferredLanguage(p.preferredLanguage());
        r.setContact(p.contact());
        r.setBirthYear(p.birthYear());
        r.setNotes(p.notes());
        if (r.changed()) {
            r.store();
        }
        return VaultContent.person(r);
    }

    /** Writes a new case (its parties' people already saved) and, when asked, puts it in the trash. */
    public long saveCase(CaseRecord c, boolean inTrash) {
        long id = cases.write(c);
        String reference = dsl.select(CASE_FILE.REFERENCE).from(CASE_FILE).where(CASE_FILE.ID.eq(id)).fetchOne(CASE_FILE.REFERENCE);
        audit.record(dsl, org.amparo.domain.AuditAction.IMPORT, reference, null, null);
        if (inTrash) {
            dsl.update(CASE_FILE).set(CASE_FILE.DELETED_AT, OffsetDateTime.now(clock)).where(CASE_FILE.ID.eq(id))
                    .execute();
        }
        return id;
    }

    private int nextPseudonym() {
        Integer max = dsl.select(DSL.max(PERSON.PSEUDONYM_NO)).from(PERSON).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }
}
