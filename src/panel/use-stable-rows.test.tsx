import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useStableRows } from './use-stable-rows';

afterEach(cleanup);

type Item = { id: string; label: string };
const renders: string[] = [];

function Row({ item }: { item: Item }) {
  renders.push(item.id);
  return <li>{item.label}</li>;
}

function List({ items }: { items: Item[] }) {
  const rows = useStableRows(
    items,
    (item) => item.id,
    (item) => item.label,
    (item) => <Row key={item.id} item={item} />,
  );
  return <ul>{rows}</ul>;
}

describe('useStableRows', () => {
  it('re-renders only rows whose signature changed, even when every object is new', () => {
    const { rerender, container } = render(
      <List
        items={[
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ]}
      />,
    );
    renders.length = 0;
    rerender(
      <List
        items={[
          { id: 'c', label: 'C' },
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B2' },
        ]}
      />,
    );
    expect(renders.sort()).toEqual(['b', 'c']);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['C', 'A', 'B2']);
  });
});
