package org.amparo.domain;

/** How precisely a date is known: an exact day, a month, a season or only a year. */
public enum DatePrecision {
    DAY, MONTH, SEASON, YEAR
}
