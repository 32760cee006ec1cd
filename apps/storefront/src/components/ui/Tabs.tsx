import type { ReactNode } from 'react';
import { Tabs as RadixTabs } from 'radix-ui';

export interface TabItem {
  value: string;
  label: ReactNode;
  content: ReactNode;
}

export interface TabsProps {
  tabs: readonly TabItem[];
  /** Names the tab list for screen readers ("Product information"). */
  label: string;
  defaultValue?: string;
  /** Controlled: the open tab (e.g. from the URL) and its setter. */
  value?: string;
  onValueChange?: (value: string) => void;
}

/**
 * Tabs (Radix Tabs: arrow keys move between tabs, Tab goes into the panel). The list scrolls
 * sideways on its own when the labels are wider than a phone, never the page.
 */
export function Tabs({ tabs, label, defaultValue, value, onValueChange }: TabsProps) {
  return (
    <RadixTabs.Root className="ui-tabs" defaultValue={defaultValue ?? tabs[0]?.value} value={value} onValueChange={onValueChange}>
      <RadixTabs.List className="ui-tabs-list" aria-label={label}>
        {tabs.map((tab) => (
          <RadixTabs.Trigger key={tab.value} value={tab.value} className="ui-tabs-trigger">
            {tab.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {tabs.map((tab) => (
        <RadixTabs.Content key={tab.value} value={tab.value} className="ui-tabs-content">
          {tab.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
