package org.amparo.service.demo;

import java.time.LocalDate;
import org.amparo.domain.Agency;
import org.amparo.domain.ApproximateDate;
import org.amparo.domain.PolicyVersion;

/**
 * Where a demo case starts: the agency whose people broke its FIPP, the day it happened (known to the
 * generator), the date as the person remembers it, and the FIPP version in force for that agency then.
 */
record DemoIncident(Agency agency, LocalDate day, ApproximateDate date, PolicyVersion version) {

    boolean exact() {
        return !date.isApproximate();
    }

    /** The date of something that happened some days later (an exact day: it comes from papers, not memory). */
    ApproximateDate later(int days) {
        return days == 0 ? date : ApproximateDate.day(day.plusDays(days));
    }

    /** The agency's name as a title uses it ("Franklin County Sheriff's", "VSP St. Albans Barracks"). */
    String agencyShortName() {
        return agency.name().replace(" Department", "").replace("Vermont State Police - ", "VSP ");
    }

    /** Who pays when the case settles: the county for a sheriff, the town or city for its police, else the State. */
    String payer() {
        String name = agency.name();
        int county = name.indexOf(" County");
        if (county > 0) {
            return name.substring(0, county) + " County";
        }
        int police = name.indexOf(" Police Department");
        if (police > 0) {
            return "the town of " + name.substring(0, police).replace(" City", "");
        }
        return "the State of Vermont";
    }
}
