package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at any moment leaves the old site or the new one, never a mix, and
 * the next build recovers. The build runs in a child JVM ({@link KillableBuild}); it is killed at
 * several fractions of the time a whole build takes on this machine (JVM start included), most
 * of them late, where writing and the swap happen.
 */
class KillDuringWriteTest {

    static final int QUESTIONS = 600;

    @TempDir
    Path root;

    @Test
    void aKilledBuildLeavesTheOldOrTheNewSiteAndTheNextBuildRecovers() throws Exception {
        Path questions = root.resolve("questions");
        Path site = root.resolve("target/quizsite");
        Trees.writeCourse(questions, QUESTIONS, "new");
        assertThat(new SiteBuilder().build(BuildSettings.defaults(root)).succeeded()).isTrue();
        Map<String, String> newTree = Trees.snapshot(site);
        Trees.writeCourse(questions, QUESTIONS, "old");
        assertThat(new SiteBuilder().build(BuildSettings.defaults(root)).succeeded()).isTrue();
        Map<String, String> oldTree = Trees.snapshot(site);
        assertThat(oldTree).isNotEqualTo(newTree);

        Trees.writeCourse(questions, QUESTIONS, "new");
        long whole = timeOfAWholeBuildInAChild();
        List<String> seen = new ArrayList<>();
        for (int percent : new int[] {30, 50, 70, 80, 90, 95, 100}) {
            restoreOldSite(questions, oldTree);
            Process child = startChild();
            Thread.sleep(whole * percent / 100);
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            Map<String, String> after = Trees.snapshot(site);
            String state;
            if (after.equals(oldTree)) {
                state = "old";
            } else if (after.equals(newTree)) {
                state = "new";
            } else {
                // Only between the two renames of the swap: no site, the complete old one beside it.
                assertThat(after).as("killed at %d%%: the site is neither the old nor the new one", percent).isEmpty();
                assertThat(Trees.snapshot(root.resolve("target/.quizsite.old"))).isEqualTo(oldTree);
                state = "swapping";
            }
            seen.add(percent + "%: " + state);

            assertThat(new SiteBuilder().build(BuildSettings.defaults(root)).succeeded()).as("recovery build").isTrue();
            assertThat(Trees.snapshot(site)).as("after recovery").isEqualTo(newTree);
            assertThat(root.resolve("target/.quizsite.partial")).as("no staging folder left").doesNotExist();
            // The site the recovery build replaced stays beside as its spare: a whole site, the old or the new.
            assertThat(Trees.snapshot(root.resolve("target/.quizsite.old"))).as("the spare")
                    .isIn(oldTree, newTree);
        }
        System.out.println("kill -9 during a build of " + QUESTIONS + " questions (" + whole + " ms): " + seen);
        assertThat(seen).as("at least one kill must land during writing").anyMatch(s -> s.endsWith("old"));
    }

    /** Puts the old site back (a build of the old course) and the new course in place. */
    private void restoreOldSite(Path questions, Map<String, String> oldTree) throws IOException {
        Trees.writeCourse(questions, QUESTIONS, "old");
        assertThat(new SiteBuilder().build(BuildSettings.defaults(root)).succeeded()).isTrue();
        assertThat(Trees.snapshot(root.resolve("target/quizsite"))).isEqualTo(oldTree);
        Trees.writeCourse(questions, QUESTIONS, "new");
    }

    private long timeOfAWholeBuildInAChild() throws Exception {
        Path scratch = root.resolve("timing");
        Trees.writeCourse(scratch.resolve("questions"), QUESTIONS, "new");
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command(scratch)).inheritIO().start();
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Process startChild() throws IOException {
        return new ProcessBuilder(command(root)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** This JVM's own java and class path (Surefire's), so the child sees the test classes. */
    private static List<String> command(Path project) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), KillableBuild.class.getName(),
                project.toString());
    }
}
