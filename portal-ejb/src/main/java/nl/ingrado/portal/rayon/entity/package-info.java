/**
 * The regional structure: six rayons, each holding Doorstroompunt regions. Reference data comes
 * from Flyway's repeatable script; staff may edit names and descriptions.
 */
package nl.ingrado.portal.rayon.entity;
