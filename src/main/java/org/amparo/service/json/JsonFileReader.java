package org.amparo.service.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an exchange file in passes, streaming: the header (format and version, checked before anything
 * else), the reference section as one small tree, and the people and cases one element at a time, so a
 * whole vault's file never sits in memory. Members may come in any order.
 */
final class JsonFileReader {
    private static final Set<String> MEMBERS = Set.of("format", "version", "exported_at", "reference", "people",
            "cases");
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper TREES = new ObjectMapper(FACTORY);

    /** What is done with each element of a list. */
    interface Element {
        void accept(int index, JsonNode node) throws JsonTransferException;
    }

    private final Path file;

    JsonFileReader(Path file) {
        this.file = file;
    }

    /**
     * Reads the whole file once: it must be JSON, an Amparo exchange file and of a version this Amparo reads
     * (each a single problem that stops everything). Unknown top-level members are added to the problems.
     */
    void checkHeader(List<TransferMessage> problems) throws JsonTransferException {
        String format = null;
        JsonNode version = null;
        List<TransferMessage> unknown = new ArrayList<>();
        try (JsonParser p = open()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw fatal("json.notAmparo");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("format")) {
                    format = t == JsonToken.VALUE_STRING ? p.getText() : null;
                } else if (name.equals("version")) {
                    version = TREES.readTree(p);
                } else {
                    if (!MEMBERS.contains(name)) {
                        unknown.add(new TransferMessage(name, "json.problem.unknownField"));
                    }
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw malformed(p.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw malformed(e.getLocation());
        } catch (IOException e) {
            throw cannotRead(e);
        }
        if (!JsonFormat.FORMAT.equals(format)) {
            throw fatal("json.notAmparo");
        }
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw fatal("json.badVersion", version == null ? "" : version.toString());
        }
        if (version.intValue() > JsonFormat.VERSION) {
            throw fatal("json.newerVersion", String.valueOf(version.intValue()), String.valueOf(JsonFormat.VERSION));
        }
        problems.addAll(unknown);
    }

    /** The "reference" member as a tree (it is small), or null when the file has none. */
    JsonNode reference() throws JsonTransferException {
        JsonNode[] found = new JsonNode[1];
        member("reference", p -> found[0] = TREES.readTree(p));
        return found[0];
    }

    /**
     * Hands each element of a top-level list ("people" or "cases") over, one at a time. Returns false when
     * the member is there but is not a list.
     */
    boolean forEach(String name, Element each) throws JsonTransferException {
        boolean[] isList = {true};
        member(name, p -> {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                isList[0] = false;
                p.skipChildren();
                return;
            }
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                each.accept(i++, TREES.readTree(p));
            }
        });
        return isList[0];
    }

    private interface MemberReader {
        void read(JsonParser p) throws IOException, JsonTransferException;
    }

    private void member(String name, MemberReader reader) throws JsonTransferException {
        try (JsonParser p = open()) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String n = p.currentName();
                p.nextToken();
                if (n.equals(name)) {
                    reader.read(p);
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw malformed(e.getLocation());
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private JsonParser open() throws IOException {
        return FACTORY.createParser(file.toFile());
    }

    private JsonTransferException cannotRead(IOException e) {
        String key = e instanceof NoSuchFileException || e instanceof java.io.FileNotFoundException
                ? "json.notFound" : "json.cannotRead";
        return fatal(key, file.toString());
    }

    private static JsonTransferException malformed(JsonLocation where) {
        return fatal("json.malformed", where == null ? "?" : String.valueOf(where.getLineNr()),
                where == null ? "?" : String.valueOf(where.getColumnNr()));
    }

    private static JsonTransferException fatal(String key, Object... args) {
        return new JsonTransferException(new TransferMessage("", key, args));
    }
}
