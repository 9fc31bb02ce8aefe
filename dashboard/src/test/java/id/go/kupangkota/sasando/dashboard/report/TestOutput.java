package id.go.kupangkota.sasando.dashboard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests leave files for a human to look at (PDFs, screenshots): a folder in the build
 * directory, found from where the test classes are, so it is right whatever the working directory
 * and whatever {@code -Dsasando.build.dir} says.
 */
public final class TestOutput {
    private TestOutput() {
    }

    /** {@code <build dir>/<name>}, created if missing. */
    public static Path dir(String name) {
        try {
            Path testClasses = Path.of(TestOutput.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.createDirectories(testClasses.getParent().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
