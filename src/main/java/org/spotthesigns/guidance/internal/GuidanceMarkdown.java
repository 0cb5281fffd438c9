package org.spotthesigns.guidance.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a guidance body into HTML that is safe to put on a page. Markdown is rendered by
 * commonmark, then every result passes the sanitiser policy below, whatever the file held:
 * content is reviewed, but the page must not depend on that review being perfect.
 */
final class GuidanceMarkdown {

    /**
     * The HTML guidance may use: structure and emphasis, tables, and links to the portal, to
     * https sites, and to phone numbers. Links never send a referrer: where someone came from
     * is nobody's business.
     */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "h2",
                    "h3",
                    "h4",
                    "p",
                    "ul",
                    "ol",
                    "li",
                    "strong",
                    "em",
                    "blockquote",
                    "code",
                    "pre",
                    "hr",
                    "br",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "a")
            .allowAttributes("href")
            .onElements("a")
            .allowUrlProtocols("https", "mailto", "tel")
            .requireRelsOnLinks("noreferrer")
            .toFactory();

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private final HtmlRenderer html =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final TextContentRenderer text =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();

    Rendered render(String markdown) {
        Node document = parser.parse(markdown);
        Findings findings = new Findings();
        document.accept(findings);
        return new Rendered(
                POLICY.sanitize(html.render(document)), text.render(document), findings.problems, findings.links);
    }

    /** What the body holds that a content check must look at. */
    record Rendered(String html, String text, List<Problem> problems, List<LinkTarget> links) {}

    /** A problem at a line counted from the start of the body (one-based). */
    record Problem(int bodyLine, String message) {}

    record LinkTarget(int bodyLine, String destination) {}

    private static final class Findings extends AbstractVisitor {
        private final List<Problem> problems = new ArrayList<>();
        private final List<LinkTarget> links = new ArrayList<>();

        @Override
        public void visit(Heading heading) {
            if (heading.getLevel() == 1) {
                problems.add(new Problem(
                        lineOf(heading),
                        "use '##' headings in the body: the page's title is its only top-level heading"));
            }
            visitChildren(heading);
        }

        @Override
        public void visit(HtmlBlock block) {
            problems.add(new Problem(lineOf(block), "raw HTML is not allowed in content; use Markdown"));
        }

        @Override
        public void visit(HtmlInline inline) {
            problems.add(new Problem(lineOf(inline), "raw HTML is not allowed in content; use Markdown"));
        }

        @Override
        public void visit(Image image) {
            problems.add(new Problem(lineOf(image), "images are not used in guidance; describe it in words"));
        }

        @Override
        public void visit(Link link) {
            links.add(new LinkTarget(lineOf(link), link.getDestination()));
            visitChildren(link);
        }

        /** Inline nodes carry no span of their own, so the nearest block's line is used. */
        private static int lineOf(Node node) {
            for (Node at = node; at != null; at = at.getParent()) {
                List<SourceSpan> spans = at.getSourceSpans();
                if (!spans.isEmpty()) {
                    return spans.get(0).getLineIndex() + 1;
                }
            }
            return 1;
        }
    }
}
