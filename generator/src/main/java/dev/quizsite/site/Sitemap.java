package dev.quizsite.site;

import dev.quizsite.model.Course;
import dev.quizsite.model.Question;
import dev.quizsite.text.Markup;

/** {@code sitemap.xml}: the index and every question page, as absolute URLs. */
final class Sitemap {

    private Sitemap() {
    }

    static String xml(Course course, String baseUrl) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, baseUrl);
        for (Question question : course.questions()) {
            url(xml, baseUrl + question.id() + "/");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void url(StringBuilder xml, String loc) {
        xml.append("<url><loc>").append(Markup.escape(loc)).append("</loc></url>\n");
    }
}
