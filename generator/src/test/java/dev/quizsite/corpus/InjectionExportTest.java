package dev.quizsite.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.export.ExportFormat;
import dev.quizsite.export.ExportSettings;
import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The injection course in raw-HTML mode, exported: no file of any export, and no HTML text
 * inside one (Moodle's {@code text}, Canvas's {@code mattext}), holds anything executable.
 */
class InjectionExportTest {

    @TempDir
    Path root;

    @Test
    void noExportOfTheInjectionCourseCarriesScript() throws Exception {
        Path folder = root.resolve("export");
        BuildResult result = new SiteBuilder().build(new BuildSettings(root, InjectionCourseFilesTest.COURSE.toAbsolutePath(),
                root.resolve("site"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                new CourseConfig(Optional.of("Injection <script>window.__pwned=1</script>"), Optional.empty(),
                        Optional.of("en"), Optional.of("{{ 7*7 }}"), List.of(), Optional.empty(), Optional.of(RawHtml.SANITIZED)),
                true).withLinks(Corpus.INERT_LINKS).withExports(new ExportSettings(EnumSet.allOf(ExportFormat.class), folder)));
        assertThat(result.succeeded()).as(result.report().problems().toString()).isTrue();
        assertThat(result.exports()).hasSize(3);

        List<String> texts = new ArrayList<>(); // every XML file, and every HTML text inside one
        for (ExportFormat format : ExportFormat.values()) {
            byte[] bytes = Files.readAllBytes(folder.resolve(format.fileName()));
            if (format == ExportFormat.MOODLE) {
                texts.add(new String(bytes, StandardCharsets.UTF_8));
                continue;
            }
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().endsWith(".xml")) {
                        texts.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        List<String> html = new ArrayList<>(texts);
        for (String xml : texts) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            for (String tag : List.of("text", "mattext")) {
                NodeList nodes = doc.getElementsByTagName(tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    html.add(nodes.item(i).getTextContent());
                }
            }
        }
        assertThat(html.size()).isGreaterThan(Corpus.cases("injection").toList().size() * 2);
        for (String text : html) {
            assertThat(Executables.find(Jsoup.parse(text))).as(abbreviate(text)).isEmpty();
            assertThat(text).doesNotContainIgnoringCase("<script"); // a payload as text (escaped) is inert, and allowed
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
