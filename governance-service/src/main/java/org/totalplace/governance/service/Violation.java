package org.totalplace.governance.service;

/** Why a request was refused, pinned to the request field that caused it ({@code aliases[1]}). */
public record Violation(String field, String message) {
}
