package news.dispatch.measure.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The extra options a path's JVM is given from the bench's environment. */
class LaneProcessTest {
    @Test
    void extraOptionsAreSplitAtSpacesAndNameEachPathsOwnFile() {
        assertEquals(List.of("-XX:+UnlockDiagnosticVMOptions", "-Xlog:jit+compilation=debug:file=/tmp/jit-HTTP.log"),
                LaneProcess.extraOptions(
                        "  -XX:+UnlockDiagnosticVMOptions   -Xlog:jit+compilation=debug:file=/tmp/jit-{path}.log ",
                        SearchPath.HTTP));
    }

    @Test
    void anUnsetOrBlankVariableGivesNoOptions() {
        assertEquals(List.of(), LaneProcess.extraOptions(null, SearchPath.ONE_FACET));
        assertEquals(List.of(), LaneProcess.extraOptions("  ", SearchPath.ONE_FACET));
    }
}
