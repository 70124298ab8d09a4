package org.amparo.service;

/** The running Amparo's version, from the jar's manifest ("development" when run from classes). */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
