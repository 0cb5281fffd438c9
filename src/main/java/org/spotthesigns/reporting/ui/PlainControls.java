package org.spotthesigns.reporting.ui;

import com.vaadin.flow.dom.Element;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns the Vaadin fields of a step's first-paint copy into plain HTML controls that a browser
 * draws and works without Vaadin: radios and tick boxes as {@code <input>}s with their
 * {@code <label>}s, text fields and areas as {@code <input>} and {@code <textarea>}, a drop-down
 * as {@code <select>}, buttons as {@code <button>}, a disclosure as {@code <details>}. Each control
 * (or group) names the id of its Vaadin twin in {@code data-twin} and its kind in {@code data-kind}:
 * when Vaadin's view arrives, {@code scripts/start-vaadin.js} gives every twin what was chosen or
 * typed into the copy, and presses the twin of a button pressed meanwhile. The plain controls take
 * the classes the portal's stylesheet sizes for thumbs, as the Vaadin groups are (decision 0021).
 */
final class PlainControls {

    static final String TWIN = "data-twin";
    static final String KIND = "data-kind";
    /** The copy's own ids start with this, so they never clash with the view's while both are in the page. */
    static final String ID_PREFIX = "first-paint-";

    private PlainControls() {}

    /** Replaces, in place, every Vaadin field under the element by its plain twin. */
    static void replaceIn(Element root) {
        for (Element child : new ArrayList<>(root.getChildren().toList())) {
            if (child.isTextNode()) {
                continue;
            }
            if (child.getTag().equals("input")) {
                // the form's own plain inputs (the date's boxes, the time) hold their value as a property
                String value = string(child, "value");
                if (!value.isEmpty()) {
                    child.setAttribute("value", value);
                }
                continue;
            }
            @Nullable Element plain = plain(child);
            if (plain == null) {
                replaceIn(child);
                continue;
            }
            if (!child.isVisible()) {
                plain.setAttribute("hidden", true);
            }
            int at = root.indexOfChild(child);
            root.removeChild(child);
            root.insertChild(at, plain);
        }
    }

    private static @Nullable Element plain(Element field) {
        return switch (field.getTag()) {
            case "vaadin-radio-group" -> choices(field, "radio", "vaadin-radio-button");
            case "vaadin-checkbox-group" -> choices(field, "checkbox", "vaadin-checkbox");
            case "vaadin-checkbox" -> checkbox(field);
            case "vaadin-text-field" -> text(field, "input", "text");
            case "vaadin-combo-box" -> text(field, "input", "search");
            case "vaadin-text-area" -> text(field, "textarea", "textarea");
            case "vaadin-select" -> select(field);
            case "vaadin-button" -> button(field);
            case "vaadin-details" -> details(field);
            default -> null;
        };
    }

    /** A group of radios or tick boxes: a fieldset whose legend is the question, or named by the heading. */
    private static Element choices(Element group, String type, String itemTag) {
        String id = id(group);
        Element fieldset = new Element("fieldset");
        fieldset.getClassList().add("plain-choices");
        twin(fieldset, group, type);
        String labelledBy = string(group, "accessibleNameRef");
        if (!labelledBy.isEmpty()) {
            fieldset.setAttribute("aria-labelledby", labelledBy);
        }
        String label = string(group, "label");
        if (!label.isEmpty()) {
            fieldset.appendChild(new Element("legend").setText(label));
        }
        hint(fieldset, group, id);
        int index = 0;
        for (Element item : items(group, itemTag)) {
            String itemId = ID_PREFIX + id + "-" + index;
            Element input = new Element("input")
                    .setAttribute("type", type)
                    .setAttribute("id", itemId)
                    .setAttribute("name", ID_PREFIX + id)
                    .setAttribute("value", String.valueOf(index));
            if (item.getProperty("checked", false)) {
                input.setAttribute("checked", true);
            }
            Element choice = new Element("div");
            choice.getClassList().add("plain-choice");
            choice.appendChild(
                    input, new Element("label").setAttribute("for", itemId).setText(itemLabel(item)));
            fieldset.appendChild(choice);
            index++;
        }
        return fieldset;
    }

    private static Element checkbox(Element box) {
        String id = ID_PREFIX + id(box);
        Element input = new Element("input").setAttribute("type", "checkbox").setAttribute("id", id);
        if (box.getProperty("checked", false)) {
            input.setAttribute("checked", true);
        }
        Element choice = new Element("div");
        choice.getClassList().add("plain-choice");
        twin(choice, box, "check");
        choice.appendChild(input, new Element("label").setAttribute("for", id).setText(itemLabel(box)));
        return choice;
    }

    /** A text field, area or search: its label, its hint above the box, the box with what is already typed. */
    private static Element text(Element field, String tag, String kind) {
        String id = id(field);
        Element holder = new Element("div");
        holder.getClassList().add("plain-field");
        twin(holder, field, kind);
        String inputId = ID_PREFIX + id;
        holder.appendChild(new Element("label").setAttribute("for", inputId).setText(string(field, "label")));
        hint(holder, field, id);
        Element box = new Element(tag).setAttribute("id", inputId);
        if (kind.equals("search")) {
            // the search's value is the place's key; the box shows its name, or what was typed
            box.setAttribute("type", "text").setAttribute("value", chosenLabel(field));
        } else if (tag.equals("input")) {
            box.setAttribute("type", "text").setAttribute("value", string(field, "value"));
        } else {
            box.setText(string(field, "value"));
        }
        box.setAttribute("autocomplete", "off");
        String hintId = ID_PREFIX + id + "-hint";
        if (!string(field, "helperText").isEmpty()) {
            box.setAttribute("aria-describedby", hintId);
        }
        holder.appendChild(box);
        return holder;
    }

    private static Element select(Element field) {
        String id = id(field);
        Element holder = new Element("div");
        holder.getClassList().add("plain-field");
        twin(holder, field, "select");
        String inputId = ID_PREFIX + id;
        holder.appendChild(new Element("label").setAttribute("for", inputId).setText(string(field, "label")));
        Element box = new Element("select").setAttribute("id", inputId);
        // the copy shows the chosen item only: the list opens once Vaadin has started
        String chosen = string(field, "value");
        String label = field.getChildren()
                .flatMap(Element::getChildren)
                .filter(item -> chosen.equals(item.getAttribute("value")))
                .map(Element::getTextRecursively)
                .findFirst()
                .orElse("");
        box.appendChild(new Element("option").setText(label));
        box.setAttribute("disabled", true);
        holder.appendChild(box);
        return holder;
    }

    private static Element button(Element button) {
        Element plain = new Element("button").setAttribute("type", "button");
        plain.getClassList().add("plain-button");
        if (button.getThemeList().contains("primary")) {
            plain.getClassList().add("primary");
        }
        if (!button.isEnabled() || button.hasAttribute("disabled")) {
            plain.setAttribute("disabled", true);
        }
        twin(plain, button, "button");
        plain.setText(button.getTextRecursively());
        return plain;
    }

    private static Element details(Element details) {
        Element plain = new Element("details");
        twin(plain, details, "details");
        details.getClassList().forEach(name -> plain.getClassList().add(name));
        Element summary = new Element("summary");
        List<Element> content = new ArrayList<>();
        for (Element child : details.getChildren().toList()) {
            if ("summary".equals(child.getAttribute("slot"))) {
                summary.setText(child.getTextRecursively());
            } else {
                content.add(child);
            }
        }
        plain.appendChild(summary);
        content.forEach(child -> {
            child.removeFromParent();
            plain.appendChild(child);
        });
        replaceIn(plain);
        return plain;
    }

    private static void hint(Element holder, Element field, String id) {
        String hint = string(field, "helperText");
        if (!hint.isEmpty()) {
            Element text = new Element("p").setText(hint).setAttribute("id", ID_PREFIX + id + "-hint");
            text.getClassList().add("plain-hint");
            holder.appendChild(text);
        }
    }

    private static String chosenLabel(Element search) {
        return search.getPropertyRaw("selectedItem") instanceof JsonNode item && item.has("label")
                ? item.get("label").asString()
                : "";
    }

    private static List<Element> items(Element group, String itemTag) {
        return group.getChildren()
                .filter(child -> itemTag.equals(child.getTag()))
                .toList();
    }

    private static String itemLabel(Element item) {
        String label = string(item, "label");
        return label.isEmpty() ? item.getTextRecursively() : label;
    }

    private static void twin(Element plain, Element field, String kind) {
        plain.setAttribute(TWIN, id(field)).setAttribute(KIND, kind);
    }

    private static String id(Element field) {
        String id = field.getAttribute("id");
        return id == null ? "" : id;
    }

    private static String string(Element field, String property) {
        @Nullable Serializable value = field.getPropertyRaw(property);
        return value == null ? "" : String.valueOf(value);
    }
}
