import type { ReactNode } from 'react'

/**
 * The console's icons, drawn inline (a few hundred bytes each, no icon package in the first view's bundle).
 * Always decorative: the button that holds one carries the name.
 */
function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  )
}

export const CopyIcon = () => (
  <Icon>
    <rect x="5" y="5" width="9" height="9" rx="1.5" />
    <path d="M3 11V3.5A1.5 1.5 0 0 1 4.5 2H11" />
  </Icon>
)

/** A small bar chart: "View Activity". */
export const ActivityIcon = () => (
  <Icon>
    <path d="M2 14h12M4 11.5V8M8 11.5V3.5M12 11.5V6" />
  </Icon>
)

/** An eye: "View". */
export const ViewIcon = () => (
  <Icon>
    <path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8z" />
    <circle cx="8" cy="8" r="2" />
  </Icon>
)

export const EditIcon = () => (
  <Icon>
    <path d="M10.5 2.5l3 3L6 13H3v-3z" />
    <path d="M9 4l3 3" />
  </Icon>
)

export const DeleteIcon = () => (
  <Icon>
    <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4" />
    <path d="M6.5 6.5v5M9.5 6.5v5" />
  </Icon>
)

export const UnlockIcon = () => (
  <Icon>
    <rect x="3" y="7" width="10" height="7" rx="1.2" />
    <path d="M5.5 7V4.8a2.5 2.5 0 0 1 4.9-.7" />
  </Icon>
)

/** Two arrows in a circle: a secret replaced by a new one. */
export const RotateIcon = () => (
  <Icon>
    <path d="M13.5 8A5.5 5.5 0 0 1 3.6 11.3M2.5 8a5.5 5.5 0 0 1 9.9-3.3" />
    <path d="M12.6 2v2.9H9.7M3.4 14v-2.9h2.9" />
  </Icon>
)

export const LockIcon = ({ size = 12 }: { size?: number }) => (
  <Icon size={size}>
    <rect x="3" y="7" width="10" height="7" rx="1.2" />
    <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
  </Icon>
)

export const RefreshIcon = () => (
  <Icon>
    <path d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9" />
    <path d="M13.5 2.5v3h-3" />
  </Icon>
)

/** Vertical dots: "more actions". */
export const MoreIcon = () => (
  <Icon>
    <circle cx="8" cy="3.5" r="1.1" fill="currentColor" stroke="none" />
    <circle cx="8" cy="8" r="1.1" fill="currentColor" stroke="none" />
    <circle cx="8" cy="12.5" r="1.1" fill="currentColor" stroke="none" />
  </Icon>
)

export const MenuIcon = () => (
  <Icon size={18}>
    <path d="M2.5 4h11M2.5 8h11M2.5 12h11" />
  </Icon>
)

export const FilterIcon = () => (
  <Icon>
    <path d="M2 3h12l-4.5 5.5V13l-3-1.5v-3z" />
  </Icon>
)

export const ColumnsIcon = () => (
  <Icon>
    <rect x="2" y="2.5" width="12" height="11" rx="1.2" />
    <path d="M6 2.5v11M10 2.5v11" />
  </Icon>
)
