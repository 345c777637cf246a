package dev.quizsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditorTemporaryTest {

    @Test
    void editorsTemporaryFilesAreNotSources() {
        // regression: `serve` listed questions/sedG6Oa5p as changed
        assertThat(new String[] {"sedG6Oa5p", ".#intro.md", "#intro.md#", "intro.md~", ".intro.md.swp", ".intro.md.swx",
                "4913", "intro.md___jb_tmp___", ".~lock.data.csv#"}).allMatch(SourceWatcher::isEditorTemporary);
    }

    @Test
    void questionsTemplatesAndDataAreSources() {
        assertThat(new String[] {"intro.md", "000-sed-basics.md", "sedimentary.md", "custom.css", "footer.peb", "results.csv",
                "49130.md", "quizsite.yml"}).noneMatch(SourceWatcher::isEditorTemporary);
    }
}
