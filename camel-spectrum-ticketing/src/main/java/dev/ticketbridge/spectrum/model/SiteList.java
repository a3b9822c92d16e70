package dev.ticketbridge.spectrum.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The envelope of GET /sites.
 */
public class SiteList extends ExtensibleObject {

    private Integer sitesCount;
    private List<Site> sites = new ArrayList<>();

    public Integer getSitesCount() {
        return sitesCount;
    }

    public void setSitesCount(Integer sitesCount) {
        this.sitesCount = sitesCount;
    }

    public List<Site> getSites() {
        return sites;
    }

    public void setSites(List<Site> sites) {
        this.sites = sites == null ? new ArrayList<>() : sites;
    }
}
