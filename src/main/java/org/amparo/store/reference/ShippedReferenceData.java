package org.amparo.store.reference;

import static org.amparo.store.jooq.Tables.AGENCY;
import static org.amparo.store.jooq.Tables.AGENCY_ADOPTION;
import static org.amparo.store.jooq.Tables.COMPLAINT_VENUE;
import static org.amparo.store.jooq.Tables.POLICY_VERSION;
import static org.amparo.store.jooq.Tables.PROVISION;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.ApproximateDateText;
import org.amparo.store.vault.Vault;
import org.amparo.store.vault.VaultOpener;
import org.jooq.DSLContext;

/**
 * Seeds a new vault with the reference data shipped in {@code /reference/*.csv}: agencies and their
 * parents, FIPP versions, provisions, complaint venues and the known local adoptions. Rows are marked
 * {@code shipped}; a user's later edit marks them {@code user_edited} and is never overwritten.
 */
public final class ShippedReferenceData implements VaultOpener.ReferenceDataSeeder {

    @Override
    public void seed(Vault vault) {
        vault.write(dsl -> {
            seed(dsl);
            return null;
        });
    }

    public void seed(DSLContext dsl) {
        Map<String, Long> agencies = seedAgencies(dsl);
        Map<String, Long> policies = seedPolicies(dsl);
        for (Map<String, String> r : CsvTable.resource("provisions.csv").rows()) {
            dsl.insertInto(PROVISION)
                    .set(PROVISION.POLICY_VERSION_ID, policies.get(r.get("policy_key")))
                    .set(PROVISION.TOPIC, r.get("topic"))
                    .set(PROVISION.TITLE, r.get("short_title"))
                    .set(PROVISION.SUMMARY, r.get("summary_in_our_words"))
                    .set(PROVISION.KIND, r.get("kind"))
                    .set(PROVISION.SHIPPED, true)
                    .execute();
        }
        for (Map<String, String> r : CsvTable.resource("complaint-venues.csv").rows()) {
            dsl.insertInto(COMPLAINT_VENUE)
                    .set(COMPLAINT_VENUE.NAME, r.get("venue"))
                    .set(COMPLAINT_VENUE.KIND, r.get("kind"))
                    .set(COMPLAINT_VENUE.DEADLINE_RULE, r.get("deadline_rule"))
                    .set(COMPLAINT_VENUE.DEADLINE_PERIOD, r.get("deadline_days_or_years"))
                    .set(COMPLAINT_VENUE.COUNTS_FROM, r.get("counts_from"))
                    .set(COMPLAINT_VENUE.NOTES, r.get("notes"))
                    .set(COMPLAINT_VENUE.SHIPPED, true)
                    .execute();
        }
        for (Map<String, String> r : CsvTable.resource("adoptions.csv").rows()) {
            ApproximateDate from = r.get("adopted_from") == null ? null
                    : ApproximateDateText.parse(r.get("adopted_from")).orElseThrow();
            dsl.insertInto(AGENCY_ADOPTION)
                    .set(AGENCY_ADOPTION.AGENCY_ID, agencies.get(r.get("agency")))
                    .set(AGENCY_ADOPTION.POLICY_VERSION_ID, policies.get(r.get("policy_key")))
                    .set(AGENCY_ADOPTION.FROM_EARLIEST, from == null ? null : from.earliest())
                    .set(AGENCY_ADOPTION.FROM_LATEST, from == null ? null : from.latest())
                    .set(AGENCY_ADOPTION.FROM_PRECISION, from == null ? null : from.precision().name())
                    .set(AGENCY_ADOPTION.SOURCE, r.get("source"))
                    .set(AGENCY_ADOPTION.CERTAINTY, r.get("certainty"))
                    .set(AGENCY_ADOPTION.SHIPPED, true)
                    .execute();
        }
    }

    private static Map<String, Long> seedAgencies(DSLContext dsl) {
        Map<String, Long> ids = new HashMap<>();
        var rows = CsvTable.resource("agencies.csv").rows();
        for (Map<String, String> r : rows) {
            long id = dsl.insertInto(AGENCY)
                    .set(AGENCY.NAME, r.get("name"))
                    .set(AGENCY.KIND, r.get("kind"))
                    .set(AGENCY.COUNTY_OR_AREA, r.get("county_or_area"))
                    .set(AGENCY.NOTES, r.get("notes"))
                    .set(AGENCY.SHIPPED, true)
                    .returning(AGENCY.ID).fetchOne().getId();
            ids.put(r.get("name"), id);
        }
        for (Map<String, String> r : rows) {
            String parent = r.get("parent");
            if (parent != null) {
                Long parentId = ids.get(parent);
                dsl.update(AGENCY)
                        .set(AGENCY.PARENT_ID, parentId)
                        .set(AGENCY.PARENT_NAME, parentId == null ? parent : null)
                        .where(AGENCY.ID.eq(ids.get(r.get("name"))))
                        .execute();
            }
        }
        return ids;
    }

    private static Map<String, Long> seedPolicies(DSLContext dsl) {
        Map<String, Long> ids = new HashMap<>();
        for (Map<String, String> r : CsvTable.resource("policies.csv").rows()) {
            long id = dsl.insertInto(POLICY_VERSION)
                    .set(POLICY_VERSION.POLICY_KEY, r.get("key"))
                    .set(POLICY_VERSION.NAME, r.get("name"))
                    .set(POLICY_VERSION.SCOPE, r.get("scope").toLowerCase(Locale.ROOT))
                    .set(POLICY_VERSION.EFFECTIVE_FROM, date(r.get("effective_from")))
                    .set(POLICY_VERSION.EFFECTIVE_TO, date(r.get("effective_to")))
                    .set(POLICY_VERSION.NOTES, r.get("notes"))
                    .set(POLICY_VERSION.SHIPPED, true)
                    .returning(POLICY_VERSION.ID).fetchOne().getId();
            ids.put(r.get("key"), id);
        }
        return ids;
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
