package org.welfareintelligence.ingest.format;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.GeometryFactory;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature). Features are streamed one at a time so that
 * large files need no full tree in memory and a syntax error can be attributed to the feature it is in.
 */
public class GeoJsonReader {

    /** RFC 7946: coordinates are WGS 84 longitude/latitude unless a legacy "crs" member says otherwise. */
    private static final int RFC7946_SRID = 4326;
    private static final Pattern CRS84 = Pattern.compile("(?i)CRS:?84$");
    private static final Pattern EPSG_CODE = Pattern.compile("(?i)EPSG(?:[:/][0-9.]*)?[:/]+(\\d+)$");

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final GeometryFactory geometryFactory = new GeometryFactory();

    public FeatureSource read(String fileName, InputStream in) {
        Document document = new Document(fileName);
        try (JsonParser parser = mapper.createParser(Gzip.decompressIfGzipped(fileName, in))) {
            document.parse(parser);
        } catch (UnexpectedEndOfInputException e) {
            throw document.error("the file is truncated: it ends " + at(e.getLocation()) + " inside the JSON", e);
        } catch (StreamReadException e) {
            throw document.error("malformed JSON " + at(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (StreamConstraintsException e) {
            throw document.error("the JSON is nested too deeply or too large to be GeoJSON"
                    + (e.getLocation() == null ? "" : " " + at(e.getLocation())) + ": " + e.getOriginalMessage(), e);
        }
        return document.result();
    }

    private static String at(TokenStreamLocation location) {
        return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** @return the EPSG code of a legacy GeoJSON "crs" member, or null when it is absent or not understood */
    static Integer epsgOfCrs(JsonNode crs) {
        if (crs == null || crs.isNull()) {
            return RFC7946_SRID;
        }
        JsonNode properties = crs.path("properties");
        if (properties.path("code").isIntegralNumber()) {
            return properties.path("code").intValue();
        }
        String name = properties.path("name").asString("").trim();
        if (CRS84.matcher(name).find()) {
            return RFC7946_SRID;
        }
        Matcher epsg = EPSG_CODE.matcher(name);
        return epsg.find() ? Integer.valueOf(epsg.group(1)) : null;
    }

    /** Parse state of one file; remembers which feature is being read for error messages. */
    private final class Document {

        private final String fileName;
        private final GeoJsonGeometries geometries;
        private final Set<String> fieldNames = new LinkedHashSet<>();
        private final List<SourceFeature> features = new ArrayList<>();
        private final Map<String, JsonNode> topLevel = new LinkedHashMap<>();
        private int currentFeature;
        private boolean sawFeatures;

        Document(String fileName) {
            this.fileName = fileName;
            this.geometries = new GeoJsonGeometries(geometryFactory, fileName);
        }

        void parse(JsonParser parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw error("empty file", null);
            }
            if (first != JsonToken.START_OBJECT) {
                throw error("expected a GeoJSON object starting with '{', found " + parser.getString(), null);
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("features")) {
                    readFeatures(parser);
                } else {
                    topLevel.put(name, parser.readValueAsTree());
                }
            }
        }

        private void readFeatures(JsonParser parser) {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw error("\"features\" must be an array", null);
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                currentFeature++;
                features.add(feature(parser.readValueAsTree(), currentFeature));
            }
            currentFeature = 0;
            sawFeatures = true;
        }

        private SourceFeature feature(JsonNode node, int index) {
            if (!node.isObject()) {
                throw new InvalidInputException(fileName, "feature " + index, null,
                        "a feature must be a JSON object, found " + node);
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            JsonNode members = node.path("properties");
            if (!members.isMissingNode() && !members.isNull() && !members.isObject()) {
                throw new InvalidInputException(fileName, "feature " + index, "properties",
                        "\"properties\" must be a JSON object, found " + members);
            }
            for (Map.Entry<String, JsonNode> member : members.properties()) {
                properties.put(member.getKey(), value(member.getValue()));
                fieldNames.add(member.getKey());
            }
            return new SourceFeature(index, geometries.parse(node.get("geometry"), index), properties);
        }

        FeatureSource result() {
            JsonNode type = topLevel.get("type");
            String typeName = type == null ? null : type.asString();
            if ("Feature".equals(typeName)) {
                features.add(feature(mapper.createObjectNode().setAll(topLevel), 1));
            } else if (!"FeatureCollection".equals(typeName)) {
                throw error(typeName == null ? "not GeoJSON: the top-level object has no \"type\""
                        : "expected a FeatureCollection or a Feature, found type \"" + typeName + "\"", null);
            } else if (!sawFeatures) {
                throw error("the FeatureCollection has no \"features\" array", null);
            }
            return new FeatureSource(fileName, epsgOfCrs(topLevel.get("crs")), List.copyOf(fieldNames),
                    List.copyOf(features));
        }

        InvalidInputException error(String detail, Throwable cause) {
            String location = currentFeature > 0 ? "feature " + currentFeature : null;
            return new InvalidInputException(fileName, location, null, detail, cause);
        }
    }

    /** Property values keep their JSON type; nested objects and arrays are kept as JSON text. */
    private static Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.toString();
    }
}
