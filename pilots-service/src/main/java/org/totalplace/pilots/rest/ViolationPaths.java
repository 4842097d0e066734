package org.totalplace.pilots.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Bean Validation path ({@code create.body.aliases[1].<list element>}) into the field the
 * client sent ({@code aliases[1]}): the method and parameter steps are Java, not API. A constraint on
 * a query or header parameter itself keeps the parameter's name, which resources keep equal to the
 * HTTP name ({@code @QueryParam("sort") String sort}).
 */
final class ViolationPaths {

    private ViolationPaths() {
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.PARAMETER && !last || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            // an index or key belongs to the container holding this node: aliases[1], items[0].name
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    static boolean isAboutReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
