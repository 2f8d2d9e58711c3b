package org.mashang.open311.internal;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One GeoReport answer, written as the specification's JSON or XML. JSON and XML differ only in how lists are named:
 * a list is a JSON array, and in XML an element per item named by the list ({@code services} holds {@code service}).
 *
 * @param root  the XML root element ({@code services}, {@code service_requests}, {@code errors} …)
 * @param body  a {@link Items} (a JSON array at the top) or a map of fields (a JSON object)
 */
public record Document(String root, Object body) {

    /** A list of values whose XML elements are named {@code item}. */
    public record Items(String item, List<?> values) {
    }

    public static Document list(String root, String item, List<? extends Map<String, ?>> values) {
        return new Document(root, new Items(item, values));
    }

    /** An ordered map of fields, as the specification lists them; null values are written as null / an empty element. */
    public static @Nullable Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public String json(JsonMapper mapper) {
        return mapper.writeValueAsString(plain(body));
    }

    public String xml() {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, body);
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XML writer failed", e);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof Items items) {
            return items.values().stream().map(Document::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        return value;
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Items items) {
            for (Object v : items.values()) {
                element(xml, items.item(), v);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                element(xml, (String) e.getKey(), e.getValue());
            }
        } else {
            xml.writeCharacters(String.valueOf(value));
        }
        xml.writeEndElement();
    }
}
