package nl.ingrado.portal.event.entity;

public enum EventKind {
    RAYONDAG, WERKCONFERENTIE, ALGEMENE_VERGADERING, WEBINAR, TRAINING, CONGRESS
}
