package org.amparo.domain;

/**
 * A police agency or unit (sheriff, State Police barracks, municipal department, federal office).
 * {@code parentId} names another agency; {@code parentName} a parent body that is not listed as an agency.
 */
public record Agency(Long id, String name, String kind, Long parentId, String parentName, String countyOrArea,
                     String notes, boolean shipped, boolean userEdited) {
}
