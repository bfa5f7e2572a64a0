package vn.dvc.assistant;

import java.util.Arrays;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

import vn.dvc.assistant.abuse.ProtocolRefusals;
import vn.dvc.assistant.catalogue.ImportCatalogueCommand;

/**
 * The application's entry point. Without arguments it runs the assistant. With a command it runs the command
 * and exits, before Quarkus starts: a command needs neither the web server nor the knowledge base, and the
 * service may be running on the same port and database at the same time.
 */
@QuarkusMain
public class Application implements QuarkusApplication {

    static final String USAGE = "Usage: java -jar quarkus-run.jar [" + ImportCatalogueCommand.ARGUMENTS + "]"
            + " (no arguments: run the assistant)";

    public static void main(String... args) {
        if (args.length == 0) {
            System.setProperty(ProtocolRefusals.QUARKUS_URI_CHECK_OFF, "true");
            Quarkus.run(Application.class, args);
        } else {
            // Quarkus's exit handler, not System.exit: it exits the JVM of the packaged application, and only records
            // the code where Quarkus calls this method inside a JVM it keeps (tests, dev mode).
            ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(command(args), null);
        }
    }

    /** Runs the assistant once Quarkus has started; {@link #main} starts Quarkus only without arguments. */
    @Override
    public int run(String... args) {
        Quarkus.waitForExit();
        return 0;
    }

    static int command(String... args) {
        if (args[0].equals(ImportCatalogueCommand.NAME)) {
            return ImportCatalogueCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
        }
        System.err.println(USAGE);
        return ImportCatalogueCommand.BAD_ARGUMENTS;
    }
}
