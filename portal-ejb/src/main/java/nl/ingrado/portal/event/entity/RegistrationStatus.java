package nl.ingrado.portal.event.entity;

public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED
}
