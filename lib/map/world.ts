// World country outlines (Natural Earth 1:110m from the world-atlas package, shipped in
// node_modules: nothing is fetched) projected once into SVG path strings.
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export const MAP_SIZE = { width: 960, height: 500 };

interface CountryShape {
  /** ISO 3166-1 numeric code as world-atlas gives it ("408" for North Korea). */
  id: string;
  name: string;
  d: string;
}

let cache: { shapes: CountryShape[]; projection: GeoProjection } | undefined;

function projected() {
  if (cache) return cache;
  const topology = world as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const projection = geoNaturalEarth1().fitSize([MAP_SIZE.width, MAP_SIZE.height], countries);
  const path = geoPath(projection);
  cache = {
    projection,
    shapes: countries.features.map((f) => ({
      id: String(f.id),
      name: f.properties.name,
      d: path(f) ?? '',
    })),
  };
  return cache;
}

export const countryShapes = (): CountryShape[] => projected().shapes;

/** Longitude/latitude → map coordinates, for event points. */
export const projectPoint = (lon: number, lat: number): [number, number] | null =>
  projected().projection([lon, lat]);
