package org.amparo.store.cases;

import static org.amparo.store.jooq.Tables.AGENCY;
import static org.amparo.store.jooq.Tables.OFFICER;
import static org.amparo.store.jooq.Tables.PROVISION;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** Agency, officer and provision-topic names loaded once, for computing list columns while writing cases. */
public final class ReferenceNames implements CaseListColumns.Names {
    private final Map<Long, String> agencies = new HashMap<>();
    private final Map<Long, String> officers = new HashMap<>();
    private final Map<Long, String> topics = new HashMap<>();

    public static ReferenceNames load(DSLContext dsl) {
        ReferenceNames n = new ReferenceNames();
        dsl.select(AGENCY.ID, AGENCY.NAME).from(AGENCY).forEach(r -> n.agencies.put(r.value1(), r.value2()));
        dsl.select(OFFICER.ID, OFFICER.NAME).from(OFFICER).forEach(r -> n.officers.put(r.value1(), r.value2()));
        dsl.select(PROVISION.ID, PROVISION.TOPIC).from(PROVISION).forEach(r -> n.topics.put(r.value1(), r.value2()));
        return n;
    }

    /** Adds an officer created after loading (bulk writers create officers as they go). */
    public void addOfficer(long id, String name) {
        officers.put(id, name);
    }

    @Override
    public String agency(long agencyId) {
        return agencies.get(agencyId);
    }

    @Override
    public String officer(Long officerId) {
        return officerId == null ? null : officers.get(officerId);
    }

    @Override
    public String topic(long provisionId) {
        return topics.get(provisionId);
    }
}
