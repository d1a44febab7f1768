package io.zpl.domain.merge;

/** The partner fields whose surviving value the CS Lead chooses; phones are not among them, they are united. */
public enum MergeField {
    NAME,
    EMAIL,
    ADDRESS
}
