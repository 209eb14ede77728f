package io.github.wecomsdk.core.callback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a callback's XML: its name, its text (CDATA and entities resolved, never trimmed) and
 * its child elements in document order. Attributes are not kept; WeCom's callbacks carry none.
 *
 * @param name     the element name, e.g. {@code "PicList"}
 * @param text     the element's own text; empty for an element that has children or no content
 * @param children the child elements, in order; empty for a leaf
 */
public record XmlElement(String name, String text, List<XmlElement> children) {

    /**
     * Creates an element; the children list is copied.
     *
     * @param name     the element name
     * @param text     the element's text, not null
     * @param children the child elements, not null
     */
    public XmlElement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    /**
     * Returns the first child with this name.
     *
     * @param childName an element name, e.g. {@code "ScanCodeInfo"}
     * @return the child, or empty when there is none
     */
    public Optional<XmlElement> child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the text of the first child with this name.
     *
     * @param childName an element name
     * @return the child's text, or null when there is no such child
     */
    public String childText(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child.text;
            }
        }
        return null;
    }

    /**
     * Returns every child with this name, in document order (repeated elements such as {@code item}).
     *
     * @param childName an element name
     * @return the matching children; empty when there are none
     */
    public List<XmlElement> children(String childName) {
        List<XmlElement> out = new ArrayList<>(2);
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                out.add(child);
            }
        }
        return out;
    }

    /**
     * Follows a slash-separated path of child names and returns every element at its end, e.g.
     * {@code select("PicList/item")} on {@code SendPicsInfo}. Repeated elements along the way are all
     * followed.
     *
     * @param path child names separated by {@code /}
     * @return the elements found, in document order; empty when the path leads nowhere
     */
    public List<XmlElement> select(String path) {
        List<XmlElement> current = List.of(this);
        for (String step : path.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            List<XmlElement> next = new ArrayList<>();
            for (XmlElement element : current) {
                next.addAll(element.children(step));
            }
            current = next;
        }
        return current;
    }

    /**
     * Tells whether this element has child elements.
     *
     * @return true when it has at least one child
     */
    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
