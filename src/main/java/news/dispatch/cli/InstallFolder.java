package news.dispatch.cli;

import java.nio.file.Path;

/**
 * Where Dispatch is installed: the launcher passes it as {@code -Ddispatch.home}. The defaults of the main job (the
 * seed {@code corpus/}, the {@code index/} beside it and the page in {@code web/}) live there, so
 * {@code /opt/dispatch/dispatch} works from any folder; paths a user types resolve against the folder the user is in.
 * Without the property (tests, {@code java -jar}) the install folder is the working folder.
 */
final class InstallFolder {
    static final String PROPERTY = "dispatch.home";

    private InstallFolder() {
    }

    /** {@code name} inside the install folder. */
    static Path resolve(String name) {
        String home = System.getProperty(PROPERTY);
        return home == null || home.isBlank() ? Path.of(name) : Path.of(home).resolve(name);
    }
}
