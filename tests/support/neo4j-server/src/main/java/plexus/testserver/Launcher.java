package plexus.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A real Neo4j Community server for Plexus's tests, in this JVM: Bolt only, on 127.0.0.1, auth
 * on, data in a fresh temp folder that is deleted on exit.
 *
 * <pre>
 *   java -cp ... plexus.testserver.Launcher [--port N] [--password P] [--page-cache MiB] [--ignore-stdin]
 * </pre>
 *
 * --port 0 (the default) takes a free port. The password defaults to NEO4J_PASSWORD, else
 * "plexus-test"; the user is always "neo4j". The page cache is 64 MiB unless --page-cache says
 * otherwise (the benchmark gives it room for its graph). When the server is ready, stdout gets exactly one
 * line, its bolt URI (callers wait for it); everything else goes to stderr. It stops on SIGTERM
 * or Ctrl+C, and when stdin closes (so a test runner that dies never leaves a server behind)
 * unless --ignore-stdin is given.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    int port = Integer.parseInt(options.getOrDefault("port", "0"));
    String password = options.getOrDefault("password", envOr("NEO4J_PASSWORD", "plexus-test"));
    long pageCacheMiB = Long.parseLong(options.getOrDefault("page-cache", "64"));

    // Only the bolt URI may reach stdout: keep anything the server prints off it.
    PrintStream out = System.out;
    System.setOut(System.err);

    Path data = Files.createTempDirectory("plexus-neo4j-");
    Neo4j server;
    try {
      server =
          Neo4jBuilders.newInProcessBuilder(data)
              // The HTTP connectors are not needed by Plexus; without them no Jetty starts.
              .withDisabledServer()
              .withConfig(HttpConnector.enabled, false)
              .withConfig(HttpsConnector.enabled, false)
              .withConfig(BoltConnector.enabled, true)
              .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              // Auth on, as on a team server: a wrong password must fail like it does there.
              .withConfig(GraphDatabaseSettings.auth_enabled, true)
              .withConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
              // A test server: small page cache by default, so two of them fit on a CI runner.
              .withConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB * 1024 * 1024)
              .build();
    } catch (RuntimeException e) {
      deleteTree(data);
      throw e;
    }

    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, data), "neo4j-stop"));

    // The harness creates user neo4j with password "neo4j" that must be changed before use.
    // The embedded API runs as the DBMS itself, so it may set the wanted password directly.
    server
        .databaseManagementService()
        .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
            Map.of("password", password));

    URI bolt = server.boltURI();
    out.println("bolt://127.0.0.1:" + bolt.getPort());
    out.flush();

    if (!options.containsKey("ignore-stdin")) {
      waitForEndOfInput(System.in);
      System.exit(0);
    }
    // Otherwise the server's own threads keep the JVM alive until a signal arrives.
  }

  /**
   * Closes the server, but waits at most STOP_WAIT: Bolt's network threads idle for seconds
   * each before they end, and the data is thrown away anyway, so a test run need not wait.
   */
  private static void stop(Neo4j server, Path data) {
    Thread closing = new Thread(server::close, "neo4j-close");
    closing.setDaemon(true);
    closing.start();
    try {
      closing.join(STOP_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteTree(data);
  }

  private static final long STOP_WAIT_MILLIS = 5_000;

  /** Reads and drops stdin until it closes: the parent process has gone or said stop. */
  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // nothing: input is ignored, only its end matters
      }
    } catch (IOException e) {
      // a broken stdin means the same as a closed one
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new java.util.HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--ignore-stdin")) {
        options.put("ignore-stdin", "");
      } else if ((arg.equals("--port") || arg.equals("--password") || arg.equals("--page-cache"))
          && i + 1 < args.length) {
        options.put(arg.substring(2), args[++i]);
      } else {
        System.err.println(
            "usage: Launcher [--port N] [--password P] [--page-cache MiB] [--ignore-stdin]");
        System.exit(2);
      }
    }
    return options;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) return;
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("neo4j-server: could not delete " + root + ": " + e.getMessage());
    }
  }
}
