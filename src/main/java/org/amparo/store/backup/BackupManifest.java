package org.amparo.store.backup;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Properties;

/** What a backup says about itself (plain, no case data): when, by which Amparo, how many cases. */
public record BackupManifest(int format, Instant createdAt, String appVersion, int caseCount) {
    public static final int FORMAT = 1;

    public String toText() {
        StringWriter w = new StringWriter();
        w.write("format=" + format + "\n");
        w.write("created_at=" + createdAt + "\n");
        w.write("app_version=" + appVersion + "\n");
        w.write("case_count=" + caseCount + "\n");
        return w.toString();
    }

    public static BackupManifest parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        try {
            return new BackupManifest(Integer.parseInt(p.getProperty("format").trim()),
                    Instant.parse(p.getProperty("created_at").trim()), p.getProperty("app_version", "").trim(),
                    Integer.parseInt(p.getProperty("case_count").trim()));
        } catch (RuntimeException e) {
            throw new IOException("unreadable backup manifest", e);
        }
    }
}
