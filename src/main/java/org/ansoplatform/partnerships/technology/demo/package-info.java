/** The Technology Transfer Platform's demo data, loaded through the module's commands in demo mode only. */
package org.ansoplatform.partnerships.technology.demo;
