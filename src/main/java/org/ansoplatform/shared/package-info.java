/**
 * Value types every module may use: ids, country codes, ROR ids, the actor behind a change and paging.
 * No Spring beans, no persistence.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ansoplatform.shared;
