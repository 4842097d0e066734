package org.totalplace.reporting.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.totalplace.reporting.domain.Permission;

/**
 * What an endpoint does, for {@link AccessFilter}: every resource method carries one, and a method without it is
 * refused to everyone. {@code pilot} names the path parameter that holds the pilot (id or code); {@code record} the
 * path parameter holding the id of a record whose pilot {@link Places} looks up. With neither, the filter checks the
 * caller's role only: a list then filters by {@link Access#scope}, and an endpoint whose pilot is in the request body
 * asks {@link Access#require} itself once it has read it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Guarded {

    Permission value();

    String pilot() default "";

    String record() default "";
}
