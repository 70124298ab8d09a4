package org.amparo.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which FIPP version bound an agency on an incident date: the statewide model in force that day, replaced by a
 * stronger local policy the agency had adopted by that day.
 *
 * <p>An exact incident day gives one answer. An approximate one (a month, a season, a year) is evaluated on its
 * earliest day and on every day inside its range where the answer can change (a statewide model's first day and
 * the day after its last; an adoption's earliest and latest possible day and the day after it ended); when those
 * answers differ, every candidate is returned and the result is flagged.
 *
 * <p>An adoption binds from the day it was certainly made ({@code adoptedFrom.latest()}) to {@code adoptedTo};
 * between its earliest and latest possible day it is uncertain and both the model and the local policy are
 * candidates. An adoption whose date is not known ({@code adoptedFrom == null}) makes both candidates on every
 * day up to {@code adoptedTo}. Adoptions of a statewide version are ignored: the models bind by their own dates.
 */
public final class PolicyInForce {
    private final List<PolicyVersion> statewide;
    private final Map<Long, PolicyVersion> byId = new HashMap<>();

    /**
     * @param versions every policy version known (statewide models with dates, local policies without), in any
     *                 order
     */
    public PolicyInForce(List<PolicyVersion> versions) {
        List<PolicyVersion> models = new ArrayList<>();
        for (PolicyVersion v : versions) {
            byId.put(v.id(), v);
            if (v.scope() == PolicyScope.STATEWIDE) {
                models.add(v);
            }
        }
        // a total order, so the answer never depends on the order the versions were read in
        models.sort(Comparator.comparing(PolicyVersion::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(PolicyVersion::key, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(PolicyVersion::id));
        this.statewide = List.copyOf(models);
    }

    /** The answer for one agency, picking its adoptions out of a list that may hold other agencies' adoptions. */
    public PolicyInForceResult forAgency(long agencyId, List<AgencyAdoption> adoptions, ApproximateDate incident) {
        return forAgency(adoptions.stream().filter(a -> a.agencyId() == agencyId).toList(), incident);
    }

    /**
     * The answer for one agency.
     *
     * @param adoptionsOfAgency the adoptions of that one agency (all with the same agency id)
     * @param incident          the incident date, exact or approximate
     * @throws IllegalArgumentException when the adoptions belong to several agencies or name an unknown version
     */
    public PolicyInForceResult forAgency(List<AgencyAdoption> adoptionsOfAgency, ApproximateDate incident) {
        Objects.requireNonNull(incident, "incident date");
        List<LocalAdoption> local = localAdoptions(adoptionsOfAgency);

        Set<PolicyVersion> candidates = new LinkedHashSet<>();
        Set<PolicyVersion> replaced = new LinkedHashSet<>();
        Set<PolicyInForceReason> reasons = EnumSet.noneOf(PolicyInForceReason.class);
        Set<Set<PolicyVersion>> distinctAnswers = new LinkedHashSet<>();
        boolean severalOnOneDay = false;

        for (LocalDate day : evaluationDays(incident, local)) {
            DayAnswer answer = answerOn(day, local, reasons);
            candidates.addAll(answer.binding());
            replaced.addAll(answer.replaced());
            distinctAnswers.add(answer.binding());
            severalOnOneDay |= answer.binding().size() > 1;
        }
        if (distinctAnswers.size() > 1) {
            reasons.add(PolicyInForceReason.DATE_STRADDLES_BOUNDARY);
        }
        replaced.removeAll(candidates);
        boolean ambiguous = distinctAnswers.size() > 1 || severalOnOneDay
                || reasons.contains(PolicyInForceReason.ADOPTION_DATE_UNCERTAIN)
                || reasons.contains(PolicyInForceReason.ADOPTION_DATE_UNKNOWN);
        return new PolicyInForceResult(new ArrayList<>(candidates), ambiguous, reasons, new ArrayList<>(replaced));
    }

    private record LocalAdoption(PolicyVersion version, AgencyAdoption adoption) {
    }

    private record DayAnswer(Set<PolicyVersion> binding, Set<PolicyVersion> replaced) {
    }

    private List<LocalAdoption> localAdoptions(List<AgencyAdoption> adoptions) {
        List<LocalAdoption> out = new ArrayList<>();
        Long agency = null;
        for (AgencyAdoption a : adoptions) {
            if (agency != null && agency != a.agencyId()) {
                throw new IllegalArgumentException("adoptions of several agencies: " + agency + ", " + a.agencyId());
            }
            agency = a.agencyId();
            PolicyVersion v = byId.get(a.policyVersionId());
            if (v == null) {
                throw new IllegalArgumentException("adoption of an unknown policy version: " + a.policyVersionId());
            }
            if (v.scope() == PolicyScope.LOCAL) {
                out.add(new LocalAdoption(v, a));
            }
        }
        return out;
    }

    /** The incident's earliest day and every day inside its range on which the answer can change. */
    private TreeSet<LocalDate> evaluationDays(ApproximateDate incident, List<LocalAdoption> local) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(incident.earliest());
        for (PolicyVersion v : statewide) {
            addBoundary(days, incident, v.effectiveFrom());
            addBoundary(days, incident, v.effectiveTo() == null ? null : v.effectiveTo().plusDays(1));
        }
        for (LocalAdoption l : local) {
            ApproximateDate from = l.adoption().adoptedFrom();
            if (from != null) {
                addBoundary(days, incident, from.earliest());
                addBoundary(days, incident, from.latest());
            }
            LocalDate to = l.adoption().adoptedTo();
            addBoundary(days, incident, to == null ? null : to.plusDays(1));
        }
        return days;
    }

    private DayAnswer answerOn(LocalDate day, List<LocalAdoption> local, Set<PolicyInForceReason> reasons) {
        Set<PolicyVersion> models = new LinkedHashSet<>();
        for (PolicyVersion v : statewide) {
            if (v.inForceOn(day)) {
                models.add(v);
            }
        }
        Set<PolicyVersion> certain = new LinkedHashSet<>();
        Set<PolicyVersion> possible = new LinkedHashSet<>();
        for (LocalAdoption l : local) {
            AgencyAdoption a = l.adoption();
            if (a.adoptedTo() != null && day.isAfter(a.adoptedTo())) {
                continue;
            }
            if (a.adoptedFrom() == null) {
                possible.add(l.version());
                reasons.add(PolicyInForceReason.ADOPTION_DATE_UNKNOWN);
            } else if (!day.isBefore(a.adoptedFrom().latest())) {
                certain.add(l.version());
            } else if (!day.isBefore(a.adoptedFrom().earliest())) {
                possible.add(l.version());
                reasons.add(PolicyInForceReason.ADOPTION_DATE_UNCERTAIN);
            }
        }
        Set<PolicyVersion> binding = new LinkedHashSet<>();
        Set<PolicyVersion> replaced = Set.of();
        if (certain.isEmpty()) {
            binding.addAll(models);
            if (models.size() > 1) {
                reasons.add(PolicyInForceReason.OVERLAPPING_POLICIES);
            }
        } else {
            replaced = models;
            if (certain.size() > 1) {
                reasons.add(PolicyInForceReason.OVERLAPPING_POLICIES);
            }
            binding.addAll(certain);
        }
        binding.addAll(possible);
        if (certain.isEmpty() && models.isEmpty()) {
            reasons.add(PolicyInForceReason.NONE_IN_FORCE);
        }
        return new DayAnswer(binding, replaced);
    }

    private static void addBoundary(TreeSet<LocalDate> days, ApproximateDate incident, LocalDate boundary) {
        if (boundary != null && incident.straddles(boundary)) {
            days.add(boundary);
        }
    }
}
