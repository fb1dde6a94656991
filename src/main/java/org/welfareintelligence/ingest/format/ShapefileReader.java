package org.welfareintelligence.ingest.format;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads an ESRI Shapefile: geometries from the .shp, attributes from the .dbf, the EPSG code from the .prj
 * and the text encoding from the .cpg. Uploads come as a zip (possibly gzipped) holding exactly one .shp.
 */
public class ShapefileReader {

    private final GeometryFactory geometryFactory = new GeometryFactory();

    /** Reads the single Shapefile in a zip; the members may sit in a folder of the zip. */
    public FeatureSource readZip(String fileName, InputStream zip) {
        return readZip(fileName, zip, true);
    }

    /**
     * As {@link #readZip(String, InputStream)}; with {@code attributesRequired} false a zip without its .dbf is
     * read as geometry only (features without attributes), as street-line extracts often come.
     */
    public FeatureSource readZip(String fileName, InputStream zip, boolean attributesRequired) {
        Map<String, Member> members = unzip(fileName, Gzip.decompressIfGzipped(fileName, zip));
        List<String> shpFiles = members.keySet().stream().filter(name -> name.endsWith(".shp")).toList();
        if (shpFiles.isEmpty()) {
            throw new InvalidInputException(fileName, null, null,
                    "the zip holds no .shp file: a Shapefile upload needs the .shp, .shx and .dbf files zipped together");
        }
        if (shpFiles.size() > 1) {
            throw new InvalidInputException(fileName, null, null, "the zip holds " + shpFiles.size()
                    + " .shp files (" + String.join(", ", shpFiles.stream().map(k -> members.get(k).name).toList())
                    + "): upload one Shapefile per zip");
        }
        String base = shpFiles.get(0).substring(0, shpFiles.get(0).length() - ".shp".length());
        return read(fileName, ext -> {
            Member member = members.get(base + ext);
            return member == null ? null : new Member(fileName + "/" + member.name, member.content);
        }, attributesRequired);
    }

    /** Reads {@code baseName.shp} and its side files from a directory; extensions may be in any letter case. */
    public FeatureSource read(Path directory, String baseName) {
        return read(directory, baseName, true);
    }

    /** As {@link #read(Path, String)}; with {@code attributesRequired} false a missing .dbf reads as geometry only. */
    public FeatureSource read(Path directory, String baseName, boolean attributesRequired) {
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.forEach(file -> files.put(file.getFileName().toString().toLowerCase(Locale.ROOT), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = baseName.toLowerCase(Locale.ROOT);
        return read(baseName + ".shp", ext -> {
            Path file = files.get(base + ext);
            return file == null ? null : new Member(file.getFileName().toString(), readAll(file));
        }, attributesRequired);
    }

    private FeatureSource read(String fileName, SideFiles sideFiles, boolean attributesRequired) {
        Member shp = require(sideFiles.get(".shp"), fileName, ".shp");
        Member prj = sideFiles.get(".prj");
        Integer srid = prj == null ? null : PrjCrs.epsgOf(prj.text());
        if (!attributesRequired && sideFiles.get(".dbf") == null) {
            List<Geometry> geometries = new ShpRecords(geometryFactory, shp.name).read(shp.content);
            List<SourceFeature> features = new ArrayList<>();
            for (int i = 0; i < geometries.size(); i++) {
                features.add(new SourceFeature(i + 1, geometries.get(i), Map.of()));
            }
            return new FeatureSource(fileName, srid, List.of(), List.copyOf(features));
        }
        Member dbf = require(sideFiles.get(".dbf"), fileName, ".dbf");
        Member cpg = sideFiles.get(".cpg");
        List<Geometry> geometries = new ShpRecords(geometryFactory, shp.name).read(shp.content);
        Charset charset = cpg == null ? null : DbfCharsets.ofCpg(cpg.text(), cpg.name);
        DbfTable table = DbfTable.read(dbf.content, charset, dbf.name);
        if (geometries.size() != table.records().size()) {
            throw new InvalidInputException(fileName, null, null, "the .shp has " + geometries.size()
                    + " records but the .dbf has " + table.records().size() + ": the files do not belong together");
        }
        List<SourceFeature> features = new ArrayList<>();
        for (int i = 0; i < geometries.size(); i++) {
            Map<String, Object> attributes = table.records().get(i);
            if (attributes != null) {
                features.add(new SourceFeature(i + 1, geometries.get(i), attributes));
            }
        }
        return new FeatureSource(fileName, srid, table.fieldNames(), List.copyOf(features));
    }

    private static Member require(Member member, String fileName, String extension) {
        if (member == null) {
            throw new InvalidInputException(fileName, null, null,
                    "the " + extension + " file is missing: a Shapefile needs the .shp, .shx and .dbf files");
        }
        return member;
    }

    /** @return the files of the zip by lower-case path, leaving out folders and macOS metadata */
    private static Map<String, Member> unzip(String fileName, InputStream in) {
        Map<String, Member> members = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                String lastSegment = name.substring(name.lastIndexOf('/') + 1);
                if (!entry.isDirectory() && !name.startsWith("__MACOSX/") && !lastSegment.startsWith("._")) {
                    members.put(name.toLowerCase(Locale.ROOT), new Member(name, zip.readAllBytes()));
                }
            }
        } catch (ZipException | EOFException e) {
            throw new InvalidInputException(fileName, null, null, "the zip file is damaged or truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members;
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Looks up a side file of the Shapefile by extension; null when absent. */
    private interface SideFiles {
        Member get(String extension);
    }

    private record Member(String name, byte[] content) {
        /** .prj and .cpg files are ASCII in practice */
        String text() {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }
}
