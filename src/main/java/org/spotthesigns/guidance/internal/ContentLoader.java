package org.spotthesigns.guidance.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Audience;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.InvalidContentException;
import org.spotthesigns.guidance.Signpost;
import org.spotthesigns.guidance.internal.ContentLibrary.LanguageContent;
import org.spotthesigns.guidance.internal.FrontMatter.Entry;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code content/<language>/<section>/*.md} and {@code content/<language>/options/*.yml}
 * (option lists, and {@code routes.yml}, where else to go first), checks every file and renders it. Any problem stops loading with an
 * {@link InvalidContentException} naming the file and line, so a broken file never reaches the
 * public site. Folders that are not languages (such as triage rules) belong to other features.
 */
public final class ContentLoader {

    /** Option lists the report form needs; each language must have them or fall back to English. */
    public static final List<String> REQUIRED_LISTS = List.of("place-kinds", "areas", "towns", "agencies");

    /** The list of areas (districts); a town names one of them. */
    static final String AREAS = "areas";

    /** The list of towns and villages, each of which must name its area. */
    static final String TOWNS = "towns";

    /** General pages the site's own views show. */
    public static final List<String> REQUIRED_PAGES = List.of("home", "report", "about", "privacy", "accessibility");

    /**
     * On a translated page, whether a native speaker has checked it; until one has, the page says
     * so to its readers. English pages are the originals and have no such field.
     */
    static final String REVIEWED = "reviewed";

    private static final Set<String> FIELDS =
            new LinkedHashSet<>(List.of("id", "title", "summary", "order", "audience", "related-signs", REVIEWED));

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int TITLE_LIMIT = 120;
    private static final int SUMMARY_LIMIT = 200;

    private final ResourcePatternResolver resolver;
    private final GuidanceMarkdown markdown = new GuidanceMarkdown();

    public ContentLoader(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    public ContentLibrary load(String location) {
        String root = location.endsWith("/") ? location : location + "/";
        Map<String, byte[]> files = read(root);
        Map<String, Map<String, byte[]>> byLanguage = new TreeMap<>();
        files.forEach((path, bytes) -> {
            String language = path.substring(0, path.indexOf('/'));
            if (LANGUAGE.matcher(language).matches()) {
                byLanguage.computeIfAbsent(language, l -> new TreeMap<>()).put(path, bytes);
            }
        });
        if (!byLanguage.containsKey(ContentLibrary.DEFAULT_LANGUAGE)) {
            throw new InvalidContentException(
                    root + ContentLibrary.DEFAULT_LANGUAGE,
                    0,
                    "no English content found: the portal needs content/en/");
        }
        LanguageContent english = loadLanguage(byLanguage.get(ContentLibrary.DEFAULT_LANGUAGE), null);
        Map<String, LanguageContent> languages = new LinkedHashMap<>();
        languages.put(ContentLibrary.DEFAULT_LANGUAGE, english);
        byLanguage.forEach((language, languageFiles) -> {
            if (!language.equals(ContentLibrary.DEFAULT_LANGUAGE)) {
                languages.put(language, loadLanguage(languageFiles, english));
            }
        });
        return new ContentLibrary(languages, fingerprint(files), files.size());
    }

    /** All files below the root, keyed by their path relative to it, in a stable order. */
    private Map<String, byte[]> read(String root) {
        try {
            String base = resolver.getResource(root).getURL().toString();
            Map<String, byte[]> files = new TreeMap<>();
            for (Resource resource : resolver.getResources(root + "**/*.*")) {
                if (!resource.isReadable()) {
                    continue;
                }
                String url = resource.getURL().toString();
                String relative = url.startsWith(base) ? url.substring(base.length()) : resource.getFilename();
                if (relative != null && relative.contains("/")) {
                    files.put(relative, resource.getContentAsByteArray());
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("content cannot be read from " + root, e);
        }
    }

    private LanguageContent loadLanguage(Map<String, byte[]> files, @Nullable LanguageContent english) {
        Map<Section, Map<String, Source>> sources = new EnumMap<>(Section.class);
        Map<String, List<Choice>> lists = new LinkedHashMap<>();
        List<Signpost> signposts = List.of();
        List<Map.Entry<String, byte[]>> optionFiles = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = "content/" + file.getKey();
            String[] parts = file.getKey().split("/");
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            if (parts.length == 3 && parts[1].equals("options") && parts[2].equals(SignpostList.FILE)) {
                signposts = SignpostList.read(path, text, english == null ? null : english.signposts());
                continue;
            }
            if (parts.length == 3 && parts[1].equals("options") && parts[2].endsWith(".yml")) {
                optionFiles.add(file);
                continue;
            }
            Section section = parts.length == 3 && parts[2].endsWith(".md") ? section(parts[1]) : null;
            if (section == null) {
                throw new InvalidContentException(
                        path,
                        0,
                        "unexpected file: guidance lives in "
                                + "<language>/{signs,places,help,pages}/*.md and option lists in <language>/options/*.yml");
            }
            String id = parts[2].substring(0, parts[2].length() - ".md".length());
            Source source = new Source(path, id, FrontMatter.parse(path, text, FIELDS));
            sources.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(id, source);
        }

        Set<String> signIds = english == null
                ? sources.getOrDefault(Section.SIGNS, Map.of()).keySet()
                : ids(english.pages(Section.SIGNS));
        Map<Section, List<GuidancePage>> sections = new EnumMap<>(Section.class);
        Map<GuidancePage, LinkSource> links = new IdentityHashMap<>();
        for (Section section : Section.values()) {
            List<GuidancePage> pages = new ArrayList<>();
            for (Source source : sources.getOrDefault(section, Map.of()).values()) {
                if (english != null && english.page(section, source.id()).isEmpty()) {
                    throw new InvalidContentException(
                            source.path(),
                            0,
                            "a translation needs an English page with the same file name in content/en/"
                                    + section.folder());
                }
                pages.add(page(section, source, signIds, links, english == null));
            }
            pages.sort(Comparator.comparingInt(GuidancePage::order).thenComparing(GuidancePage::id));
            sections.put(section, List.copyOf(pages));
        }
        List<AreaReference> areaReferences = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : optionFiles) {
            String name =
                    file.getKey().substring(file.getKey().lastIndexOf('/') + 1).replace(".yml", "");
            if (english != null && !english.lists().containsKey(name)) {
                throw new InvalidContentException(
                        "content/" + file.getKey(),
                        0,
                        "a translated option list needs an English list with the same file name in content/en/options");
            }
            Set<String> placeIds = english == null
                    ? ids(requireNonNull(sections.get(Section.PLACES)))
                    : ids(english.pages(Section.PLACES));
            lists.put(
                    name,
                    choices(
                            "content/" + file.getKey(),
                            new String(file.getValue(), StandardCharsets.UTF_8),
                            placeIds,
                            name.equals(TOWNS),
                            areaReferences,
                            english == null ? null : english.choices(name)));
        }
        if (english == null) {
            for (String list : REQUIRED_LISTS) {
                if (!lists.containsKey(list)) {
                    throw new InvalidContentException(
                            "content/en/options/" + list + ".yml",
                            0,
                            "this option list is missing: the portal needs it");
                }
            }
            if (signposts.isEmpty()) {
                throw new InvalidContentException(
                        "content/en/options/" + SignpostList.FILE,
                        0,
                        "this list is missing: the report start page shows where else to go");
            }
            for (String page : REQUIRED_PAGES) {
                if (requireNonNull(sections.get(Section.PAGES)).stream().noneMatch(p -> p.id().equals(page))) {
                    throw new InvalidContentException(
                            "content/en/pages/" + page + ".md", 0, "this page is missing: the site shows it");
                }
            }
        }
        checkLinks(english == null ? sections : english.sections(), sections, links);
        checkAreas(areaReferences, english == null ? lists.getOrDefault(AREAS, List.of()) : english.choices(AREAS));
        return new LanguageContent(sections, lists, signposts);
    }

    private GuidancePage page(
            Section section,
            Source source,
            Set<String> signIds,
            Map<GuidancePage, LinkSource> links,
            boolean original) {
        FrontMatter front = source.front();
        String path = source.path();
        boolean reviewed;
        if (original) {
            if (front.has(REVIEWED)) {
                throw new InvalidContentException(
                        path, front.lineOf(REVIEWED), "only a translation says whether it has been reviewed");
            }
            reviewed = true;
        } else {
            reviewed = front.requiredYesOrNo(REVIEWED);
        }
        String id = front.requiredText("id");
        if (!id.equals(source.id())) {
            throw new InvalidContentException(
                    path,
                    front.lineOf("id"),
                    "the id '" + id + "' must be the file name without .md ('" + source.id() + "')");
        }
        if (!ID.matcher(id).matches()) {
            throw new InvalidContentException(
                    path, front.lineOf("id"), "the id may hold only lower-case letters, digits and single hyphens");
        }
        String title = limited(front, "title", TITLE_LIMIT);
        String summary = limited(front, "summary", SUMMARY_LIMIT);
        int order = front.requiredNumber("order");
        Audience audience;
        try {
            audience = Audience.of(front.requiredText("audience"));
        } catch (IllegalArgumentException e) {
            throw new InvalidContentException(
                    path, front.lineOf("audience"), "the audience must be one of everyone, young-people, workers");
        }
        List<String> related = new ArrayList<>();
        for (Entry sign : front.list("related-signs")) {
            if (!signIds.contains(sign.value())) {
                throw new InvalidContentException(
                        path,
                        sign.line(),
                        "unknown related sign '" + sign.value() + "' (known signs: "
                                + String.join(", ", new TreeSet<>(signIds)) + ")");
            }
            related.add(sign.value());
        }
        if (front.body().isBlank()) {
            throw new InvalidContentException(
                    path, front.bodyFirstLine(), "the page has no text below its front matter");
        }
        GuidanceMarkdown.Rendered rendered = markdown.render(front.body());
        if (!rendered.problems().isEmpty()) {
            GuidanceMarkdown.Problem problem = rendered.problems().get(0);
            throw new InvalidContentException(path, front.bodyFirstLine() + problem.bodyLine() - 1, problem.message());
        }
        GuidancePage page = new GuidancePage(
                id, section, title, summary, order, audience, related, rendered.html(), rendered.text(), reviewed);
        links.put(page, new LinkSource(path, front.bodyFirstLine(), rendered.links()));
        return page;
    }

    /** Where a page's links were written, kept until all pages are known and the links checked. */
    private record LinkSource(String path, int bodyFirstLine, List<GuidanceMarkdown.LinkTarget> links) {}

    /**
     * A link to a page of the portal that does not exist is a broken promise to the reader. A
     * translation's addresses mirror English's, so its links are checked against the English pages.
     */
    private static void checkLinks(
            Map<Section, List<GuidancePage>> english,
            Map<Section, List<GuidancePage>> sections,
            Map<GuidancePage, LinkSource> links) {
        Set<String> known = new HashSet<>();
        for (Section section : Section.values()) {
            if (!section.indexPath().isEmpty()) {
                known.add(section.indexPath());
            }
            requireNonNull(english.get(section)).forEach(page -> known.add(page.path()));
        }
        sections.values()
                .forEach(pages -> pages.forEach(page -> {
                    LinkSource source = requireNonNull(links.get(page));
                    for (GuidanceMarkdown.LinkTarget link : source.links()) {
                        String target = link.destination().replaceAll("[?#].*$", "");
                        if (link.destination().startsWith("/") && !known.contains(target)) {
                            throw new InvalidContentException(
                                    source.path(),
                                    source.bodyFirstLine() + link.bodyLine() - 1,
                                    "the link '" + link.destination() + "' points to no page of the portal");
                        }
                    }
                }));
    }

    private static String limited(FrontMatter front, String field, int limit) {
        String value = front.requiredText(field);
        if (value.length() > limit) {
            throw new InvalidContentException(
                    front.file(), front.lineOf(field), "the " + field + " is longer than " + limit + " characters");
        }
        return value;
    }

    /** Where an option names an area, kept until the list of areas is known. */
    private record AreaReference(String path, int line, String area) {}

    /** A town in an area the areas list does not hold would reach no triage rule and no filter. */
    private static void checkAreas(List<AreaReference> references, List<Choice> areas) {
        Set<String> known = new TreeSet<>();
        areas.forEach(area -> known.add(area.id()));
        for (AreaReference reference : references) {
            if (!known.contains(reference.area())) {
                throw new InvalidContentException(
                        reference.path(),
                        reference.line(),
                        "unknown area '" + reference.area() + "': it must be an id from options/areas.yml ("
                                + String.join(", ", known) + ")");
            }
        }
    }

    /**
     * Reads an option list. A translation's list ({@code originals} being English's) changes only
     * the labels: its options are English's, each with the same place and area; one it does not
     * hold (yet) reads in English, in English's order, as a page not yet translated does. So a
     * translation of the towns holds only the choices with words to translate ("not sure").
     */
    private static List<Choice> choices(
            String path,
            String yaml,
            Set<String> placeIds,
            boolean needsArea,
            List<AreaReference> areaReferences,
            @Nullable List<Choice> originals) {
        Node root = FrontMatter.parseYaml(path, yaml, 1);
        Node options = root instanceof MappingNode mapping ? field(mapping, "options") : null;
        if (!(options instanceof SequenceNode sequence)) {
            throw new InvalidContentException(
                    path, 1, "an option list must hold 'options:' followed by a list of entries");
        }
        List<Choice> choices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : sequence.getValue()) {
            int line = item.getStartMark().getLine() + 1;
            if (!(item instanceof MappingNode entry)) {
                throw new InvalidContentException(path, line, "each option needs 'id' and 'label'");
            }
            Node id = field(entry, "id");
            Node label = field(entry, "label");
            Node place = field(entry, "place");
            if (id == null || label == null) {
                throw new InvalidContentException(path, line, "each option needs 'id' and 'label'");
            }
            String idValue = FrontMatter.scalar(path, id).strip();
            if (!ID.matcher(idValue).matches() || !seen.add(idValue)) {
                throw new InvalidContentException(
                        path, line, "the option id '" + idValue + "' is not a unique lower-case id");
            }
            String placeValue =
                    place == null ? null : FrontMatter.scalar(path, place).strip();
            if (place != null && placeValue != null && !placeIds.contains(placeValue)) {
                throw new InvalidContentException(
                        path,
                        place.getStartMark().getLine() + 1,
                        "unknown place '" + placeValue + "': it must be the id of a page in places/");
            }
            Node area = field(entry, "area");
            if (needsArea && area == null) {
                throw new InvalidContentException(
                        path, line, "the place '" + idValue + "' needs 'area': the id of its district in areas.yml");
            }
            String areaValue =
                    area == null ? null : FrontMatter.scalar(path, area).strip();
            if (area != null && areaValue != null) {
                areaReferences.add(new AreaReference(path, area.getStartMark().getLine() + 1, areaValue));
            }
            String labelValue = FrontMatter.scalar(path, label).strip();
            if (labelValue.isEmpty()) {
                throw new InvalidContentException(path, line, "the option '" + idValue + "' has an empty label");
            }
            Choice choice = new Choice(idValue, labelValue, placeValue, areaValue);
            if (originals != null) {
                checkTranslated(path, id.getStartMark().getLine() + 1, choice, originals);
            }
            choices.add(choice);
        }
        return originals == null ? List.copyOf(choices) : inEnglishOrder(originals, choices, Choice::id);
    }

    /**
     * A translated list's entries in English's order, English's own where the translation has none
     * yet (as a page not yet translated reads in English): an entry never goes missing in a language.
     */
    static <T> List<T> inEnglishOrder(List<T> originals, List<T> translated, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        translated.forEach(entry -> byId.put(id.apply(entry), entry));
        return originals.stream()
                .map(original -> byId.getOrDefault(id.apply(original), original))
                .toList();
    }

    private static void checkTranslated(String path, int line, Choice choice, List<Choice> originals) {
        Choice original = originals.stream()
                .filter(o -> o.id().equals(choice.id()))
                .findFirst()
                .orElseThrow(() -> new InvalidContentException(
                        path,
                        line,
                        "the option id '" + choice.id()
                                + "' is not in the English list: a translation changes only the labels"));
        if (!Objects.equals(original.placePage(), choice.placePage())
                || !Objects.equals(original.area(), choice.area())) {
            throw new InvalidContentException(
                    path,
                    line,
                    "the option '" + choice.id() + "' must name the same place and area as in English (place: "
                            + Objects.requireNonNullElse(original.placePage(), "none") + ", area: "
                            + Objects.requireNonNullElse(original.area(), "none") + ")");
        }
    }

    private static @Nullable Node field(MappingNode mapping, String name) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static @Nullable Section section(String folder) {
        for (Section section : Section.values()) {
            if (section.folder().equals(folder)) {
                return section;
            }
        }
        return null;
    }

    private static Set<String> ids(List<GuidancePage> pages) {
        Set<String> ids = new HashSet<>();
        pages.forEach(page -> ids.add(page.id()));
        return ids;
    }

    private static String fingerprint(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Source(String path, String id, FrontMatter front) {}
}
