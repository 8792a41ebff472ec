package news.dispatch.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code extract --help} says what it prints: organizations too, as the guide and the output do. */
class ExtractHelpTest {

    @Test
    void theHelpNamesEveryKindOfEntityTheCommandPrints() {
        String help = new CommandLine(new ExtractCommand()).getUsageMessage();
        assertTrue(help.contains("persons, countries and organizations"), help);
    }
}
