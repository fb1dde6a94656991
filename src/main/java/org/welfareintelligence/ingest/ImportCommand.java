package org.welfareintelligence.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import org.welfareintelligence.ingest.format.InvalidInputException;

/**
 * The command-line import: {@code java -jar welfare-intelligence.jar --import=census --file=sections.csv
 * [--period=2011] [--srid=3003] [--level=neighbourhood] [--codeField=...] [--mapping-file=...]}.
 * Runs the same transactional import as the REST API, prints the report and exits.
 */
@Component
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private final ImportService imports;
    private int exitCode;

    ImportCommand(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.containsOption("import")) {
            return;
        }
        exitCode = 0;
        String file = single(args, "file");
        if (file == null) {
            System.err.println("--file=<path> is required with --import");
            exitCode = 2;
            return;
        }
        Map<String, String> fields = ImportOptions.fieldOptions(name -> single(args, name));
        String srid = single(args, "srid");
        ImportOptions options = new ImportOptions(single(args, "source"), single(args, "licence"),
                single(args, "period"), srid == null ? null : Integer.valueOf(srid),
                !"false".equalsIgnoreCase(single(args, "repair")), false, System.getProperty("user.name"), fields);
        String mappingFile = single(args, "mapping-file");
        try {
            Path path = Path.of(file);
            ImportReport report = imports.importFile(ImportKind.parse(single(args, "import")),
                    path.getFileName().toString(), content(path), options,
                    mappingFile == null ? null : Path.of(mappingFile).getFileName().toString(),
                    mappingFile == null ? null : Files.readAllBytes(Path.of(mappingFile)));
            System.out.println("Imported " + report.file() + " as batch " + report.batchId() + ": "
                    + report.rowsRead() + " read, " + report.rowsWritten() + " written, " + report.rowsSkipped()
                    + " skipped, " + report.geometriesRepaired() + " geometries repaired");
            report.warnings().forEach(w -> System.out.println("  warning: " + w));
        } catch (InvalidInputException | IllegalArgumentException e) {
            System.err.println("Import refused, nothing was written: " + e.getMessage());
            exitCode = 2;
        }
    }

    /** A Shapefile is named by its .shp; its sibling files are zipped as an upload would carry them. */
    private static byte[] content(Path path) throws IOException {
        String name = path.getFileName().toString();
        if (!name.toLowerCase().endsWith(".shp")) {
            return Files.readAllBytes(path);
        }
        String base = name.substring(0, name.length() - 4);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (String extension : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg")) {
                Path part = path.resolveSibling(base + extension);
                if (Files.exists(part)) {
                    zip.putNextEntry(new ZipEntry(base + extension));
                    zip.write(Files.readAllBytes(part));
                    zip.closeEntry();
                }
            }
        }
        return zipped.toByteArray();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static String single(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
