package org.spotthesigns.guidance;

import java.util.List;

/**
 * One page of guidance, read from a Markdown file in {@code content/}.
 *
 * @param id           stable identifier, the file name; signs' ids are used by the report form and triage
 * @param section      which part of the site the page belongs to
 * @param title        the page's single heading
 * @param summary      one sentence for cards and the page description
 * @param order        position within its section
 * @param audience     who the page is written for
 * @param relatedSigns ids of signs the page points to, already checked to exist
 * @param html         the body rendered from Markdown and cleaned by the sanitiser policy
 * @param text         the body as plain text, for reading-ease checks and descriptions
 * @param reviewed     false for a translation no native speaker has checked yet; English pages are true
 */
public record GuidancePage(
        String id,
        Section section,
        String title,
        String summary,
        int order,
        Audience audience,
        List<String> relatedSigns,
        String html,
        String text,
        boolean reviewed) {

    public GuidancePage {
        relatedSigns = List.copyOf(relatedSigns);
    }

    /** The address of the page on the public site. */
    public String path() {
        return section.pathOf(id);
    }

    public enum Section {
        SIGNS("signs", "/signs"),
        PLACES("places", "/where-it-happens"),
        HELP("help", "/help"),
        /** General pages (home, about, privacy…): each sits at the top level of the site. */
        PAGES("pages", "");

        private final String folder;
        private final String indexPath;

        Section(String folder, String indexPath) {
            this.folder = folder;
            this.indexPath = indexPath;
        }

        /** The address of the section's own list of pages; empty for the general pages. */
        public String indexPath() {
            return indexPath;
        }

        /** The folder under {@code content/<language>/} that holds this section's files. */
        public String folder() {
            return folder;
        }

        String pathOf(String id) {
            return this == PAGES && "home".equals(id) ? "/" : indexPath + "/" + id;
        }
    }

    public enum Audience {
        EVERYONE,
        YOUNG_PEOPLE,
        WORKERS;

        /** Parses the front matter spelling, e.g. {@code young-people}. */
        public static Audience of(String value) {
            for (Audience audience : values()) {
                if (audience.name().replace('_', '-').equalsIgnoreCase(value)) {
                    return audience;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }
}
