package org.welfareintelligence.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary directory, a free loopback port), so that a
 * test may stop and start its database without touching the cluster every other test shares. The server runs
 * as the {@code postgres} OS user when the tests run as root, since PostgreSQL refuses to run as root.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private static final String USER = "welfare";
    private static final String DATABASE = "welfare";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean root;

    private ThrowawayPostgres(Path bin, Path dir, int port, boolean root) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.root = root;
    }

    /** A new cluster, started, with an empty database for {@link #url()}. */
    public static ThrowawayPostgres start() throws IOException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("wi-throwaway-pg");
        if (root) {
            run(List.of("chown", "postgres", dir.toString()));
        }
        ThrowawayPostgres cluster = new ThrowawayPostgres(binaries(), dir, freePort(), root);
        cluster.server("initdb", "-D", dir.resolve("data").toString(), "-U", USER, "--auth=trust", "-E", "UTF8",
                "--no-sync");
        cluster.resume();
        run(List.of(cluster.bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(cluster.port),
                "-U", USER, DATABASE));
        return cluster;
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    /** Stops the server the way an operator's restart does: open sessions are ended at once. */
    public void stop() {
        server("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    /** Starts the server again and returns when it accepts connections. */
    public void resume() {
        server("pg_ctl", "-D", dir.resolve("data").toString(), "-w", "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    @Override
    public void close() throws IOException {
        try {
            server("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "stop");
        } catch (IllegalStateException alreadyStopped) {
            // a test that failed while the server was down leaves nothing to stop
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private void server(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " was interrupted", e);
        }
    }

    /** The PostgreSQL 15 server programs: those of pg_config on the PATH, else Debian's location. */
    private static Path binaries() {
        try {
            Process process = new ProcessBuilder("pg_config", "--bindir").start();
            String dir = new String(process.getInputStream().readAllBytes()).trim();
            if (process.waitFor() == 0 && Files.isExecutable(Path.of(dir, "initdb"))) {
                return Path.of(dir);
            }
        } catch (IOException e) {
            // no pg_config: fall back to the Debian package layout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Path.of("/usr/lib/postgresql/15/bin");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
