import { iconSvg } from '../chart/icons';

interface TypeIconProps {
  icon: string;
  color: string;
  size?: number;
}

/** A schema type's Lucide icon in the type's colour; decorative, the label names the type. */
export function TypeIcon({ icon, color, size = 14 }: TypeIconProps) {
  return (
    <span
      className="type-icon"
      aria-hidden="true"
      style={{ color, width: size, height: size }}
      dangerouslySetInnerHTML={{ __html: iconSvg(icon) }}
    />
  );
}
