package io.github.wecomsdk.core.callback.internal;

import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.CallbackException.Reason;
import io.github.wecomsdk.core.callback.XmlElement;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses callback XML into {@link XmlElement} trees with the JDK's StAX parser, hardened: a DOCTYPE is
 * refused before the parser sees the input (and again if the parser reports one), DTD support and external
 * entities are off, size and depth are bounded. Not part of the public API.
 */
public final class SafeXmlParser {

    /** Largest document accepted, in characters. */
    public static final int MAX_CHARS = 2 << 20;
    /** Deepest element nesting accepted; the root is depth 1. */
    public static final int MAX_DEPTH = 32;
    /** Most elements accepted in one document. */
    public static final int MAX_ELEMENTS = 100_000;

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXmlParser::newFactory);

    private SafeXmlParser() {}

    /**
     * Parses a document and returns its root element.
     *
     * @param xml the document
     * @return the root element with all descendants
     * @throws CallbackException when the XML is missing, too large, too deep, carries a DTD or is not well formed
     */
    public static XmlElement parse(String xml) {
        if (xml == null || xml.isEmpty()) {
            throw new CallbackException(Reason.MALFORMED_XML, "XML is empty");
        }
        if (xml.length() > MAX_CHARS) {
            throw new CallbackException(Reason.TOO_LARGE, "XML exceeds " + MAX_CHARS + " characters");
        }
        if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
            throw new CallbackException(Reason.FORBIDDEN_DTD, "XML with a DOCTYPE is refused");
        }
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.get().createXMLStreamReader(new StringReader(xml));
            return readDocument(reader);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof CallbackException) {
                throw (CallbackException) e;
            }
            throw new CallbackException(Reason.MALFORMED_XML, "XML is not well formed");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException | RuntimeException ignored) {
                    FACTORY.remove();
                }
            }
        }
    }

    private static XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException {
        List<Frame> stack = new ArrayList<>(8);
        XmlElement root = null;
        int elements = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (root != null) {
                        throw new CallbackException(Reason.MALFORMED_XML, "XML has content after its root");
                    }
                    if (stack.size() >= MAX_DEPTH) {
                        throw new CallbackException(Reason.TOO_DEEP, "XML nests deeper than " + MAX_DEPTH);
                    }
                    if (++elements > MAX_ELEMENTS) {
                        throw new CallbackException(
                                Reason.TOO_LARGE, "XML has more than " + MAX_ELEMENTS + " elements");
                    }
                    stack.add(new Frame(reader.getLocalName()));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        stack.get(stack.size() - 1).appendText(reader.getText());
                    } else if (!reader.isWhiteSpace()) {
                        throw new CallbackException(Reason.MALFORMED_XML, "XML has text outside its root");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = stack.remove(stack.size() - 1).build();
                    if (stack.isEmpty()) {
                        root = done;
                    } else {
                        stack.get(stack.size() - 1).addChild(done);
                    }
                }
                case XMLStreamConstants.DTD,
                        XMLStreamConstants.ENTITY_DECLARATION,
                        XMLStreamConstants.ENTITY_REFERENCE,
                        XMLStreamConstants.NOTATION_DECLARATION ->
                    throw new CallbackException(Reason.FORBIDDEN_DTD, "XML with a DOCTYPE or entity is refused");
                default -> {
                    // comments, processing instructions and document boundaries carry nothing WeCom sends
                }
            }
        }
        if (root == null) {
            throw new CallbackException(Reason.MALFORMED_XML, "XML has no root element");
        }
        return root;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are refused");
        });
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, "reuse-instance", Boolean.TRUE);
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String name, Object value) {
        try {
            factory.setProperty(name, value);
        } catch (IllegalArgumentException ignored) {
            // not supported by this StAX implementation; the checks above already refuse DTDs
        }
    }

    private static final class Frame {
        private final String name;
        private String text = "";
        private StringBuilder moreText;
        private List<XmlElement> children;

        Frame(String name) {
            this.name = name;
        }

        void appendText(String chunk) {
            if (text.isEmpty() && moreText == null) {
                text = chunk;
                return;
            }
            if (moreText == null) {
                moreText = new StringBuilder(text);
            }
            moreText.append(chunk);
        }

        void addChild(XmlElement child) {
            if (children == null) {
                children = new ArrayList<>(4);
            }
            children.add(child);
        }

        XmlElement build() {
            if (children != null) {
                return new XmlElement(name, "", children);
            }
            return new XmlElement(name, moreText == null ? text : moreText.toString(), List.of());
        }
    }
}
