package dev.quizsite.markdown;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;

/** Drops {@code href}/{@code src} values that {@link SafeUrls} refuses, whatever node wrote them. */
final class SafeUrlAttributes implements AttributeProvider {

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
            return new SafeUrlAttributes();
        }
    }

    @Override
    public void setAttributes(@NotNull Node node, @NotNull AttributablePart part, @NotNull MutableAttributes attributes) {
        var href = attributes.get("href");
        if (href != null && !SafeUrls.isSafeLink(href.getValue())) {
            attributes.remove("href");
        }
        var src = attributes.get("src");
        if (src != null && !SafeUrls.isSafeImage(src.getValue())) {
            attributes.remove("src");
        }
    }
}
