/**
 * Demo data: the five cooperation projects the seeds name, with their partners, money, milestones and outputs
 * linked to the meetings of 2021, from {@code demo/projects/cooperation-projects.json}.
 */
package org.ansoplatform.projects.demo;
