package org.leaklab.model;

/**
 * A price guess in US dollars.
 *
 * @param value the guess; a guess that is not positive scores zero
 */
public record EstimateAnswer(double value) implements Answer {
}
