package dev.quizsite.site;

import dev.quizsite.text.Markup;
import dev.quizsite.model.Course;
import dev.quizsite.model.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code sitemap.xml}: the index and every question page, as absolute URLs. */
final class Sitemap {

    private Sitemap() {
    }

    static void write(Course course, String baseUrl, Path site) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, baseUrl);
        for (Question question : course.questions()) {
            url(xml, baseUrl + question.id() + "/");
        }
        xml.append("</urlset>\n");
        Files.writeString(site.resolve("sitemap.xml"), xml, StandardCharsets.UTF_8);
    }

    private static void url(StringBuilder xml, String loc) {
        xml.append("<url><loc>").append(Markup.escape(loc)).append("</loc></url>\n");
    }

}
